package vn.antq.models.yearend;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface YearEndRowRepository extends JpaRepository<YearEndRow, Long> {

    List<YearEndRow> findByProcessInstanceIdOrderById(String processInstanceId);

    List<YearEndRow> findByProcessInstanceIdAndStatusOrderById(String processInstanceId, YearEndRow.Status status);

    long countByProcessInstanceIdAndStatus(String processInstanceId, YearEndRow.Status status);

    @Query("select r.id from YearEndRow r where r.processInstanceId = ?1 and r.status = ?2 order by r.id")
    List<Long> findIds(String processInstanceId, YearEndRow.Status status);

    @Modifying
    @Query(
            "delete from YearEndRow r where r.processInstanceId = ?1 and r.status = vn.antq.models.yearend.YearEndRow.Status.DRAFT")
    int deleteDrafts(String processInstanceId);
}

package vn.antq.models.replication;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TargetRepository extends JpaRepository<Target, Long> {

    List<Target> findByCampaignCodeOrderByUnitCode(String campaignCode);

    Optional<Target> findByCampaignCodeAndUnitCode(String campaignCode, String unitCode);

    Optional<Target> findByExecutionId(String executionId);

    List<Target> findByCampaignCodeAndOutcome(String campaignCode, Target.Outcome outcome);

    /** Communes still being asked to take up {@code sourceCode} in an open campaign. */
    @Query("select t.unitCode from Target t, Campaign c where t.campaignCode = c.code and c.sourceCode = ?1 "
            + "and t.outcome = vn.antq.models.replication.Target.Outcome.PENDING and t.unitCode in ?2")
    List<String> pendingFor(String sourceCode, Collection<String> unitCodes);
}

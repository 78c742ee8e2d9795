package vn.antq.models.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    List<Evaluation> findByModelCodeOrderByCycleNo(String modelCode);

    /**
     * The model's latest cycle. A written query: the engine asks for it at every cycle's start, and a
     * derived {@code findTop…OrderBy…} is translated anew on each call.
     */
    @Query("select e from Evaluation e where e.modelCode = ?1 "
            + "and e.cycleNo = (select max(x.cycleNo) from Evaluation x where x.modelCode = ?1)")
    Optional<Evaluation> findLatest(String modelCode);

    Optional<Evaluation> findByModelCodeAndCycleNo(String modelCode, int cycleNo);

    Optional<Evaluation> findByProcessInstanceId(String processInstanceId);

    List<Evaluation> findByProcessInstanceIdIn(java.util.Collection<String> processInstanceIds);

    /** The model whose cycle this instance runs: a column, for the check at each evaluation task's start. */
    @Query("select e.modelCode from Evaluation e where e.processInstanceId = ?1")
    Optional<String> findModelCodeByProcessInstanceId(String processInstanceId);
}

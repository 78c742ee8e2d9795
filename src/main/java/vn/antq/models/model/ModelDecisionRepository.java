package vn.antq.models.model;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModelDecisionRepository extends JpaRepository<ModelDecision, Long> {

    List<ModelDecision> findByModelCodeOrderByDecidedAtAscIdAsc(String modelCode);

    long countByModelCode(String modelCode);

    /** The latest decision one process instance recorded on a model. */
    Optional<ModelDecision> findFirstByModelCodeAndProcessInstanceIdOrderByIdDesc(
            String modelCode, String processInstanceId);
}

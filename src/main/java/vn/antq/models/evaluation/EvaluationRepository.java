package vn.antq.models.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

  List<Evaluation> findByModelCodeOrderByCycleNo(String modelCode);

  Optional<Evaluation> findTopByModelCodeOrderByCycleNoDesc(String modelCode);

  Optional<Evaluation> findByModelCodeAndCycleNo(String modelCode, int cycleNo);

  Optional<Evaluation> findByProcessInstanceId(String processInstanceId);
}

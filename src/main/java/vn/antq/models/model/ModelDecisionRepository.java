package vn.antq.models.model;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModelDecisionRepository extends JpaRepository<ModelDecision, Long> {

  List<ModelDecision> findByModelCodeOrderByDecidedAtAscIdAsc(String modelCode);

  long countByModelCode(String modelCode);
}

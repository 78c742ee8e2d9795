package vn.antq.models.model;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ModelRepository extends JpaRepository<SecurityModel, String>, JpaSpecificationExecutor<SecurityModel> {
}

package vn.antq.models.unit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<AdministrativeUnit, String> {

  List<AdministrativeUnit> findByParentCode(String parentCode);

  List<AdministrativeUnit> findAllByOrderByCode();
}

package vn.antq.models.unit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UnitRepository extends JpaRepository<AdministrativeUnit, String> {

    List<AdministrativeUnit> findByParentCode(String parentCode);

    /** The provinces: the units with no unit above them. */
    List<AdministrativeUnit> findByParentCodeIsNull();

    List<AdministrativeUnit> findAllByOrderByCode();

    /** The unit and every unit below it, in one query. */
    @Query(value = """
      with recursive subtree(code) as (
        select code from admin_unit where code = :code
        union all
        select a.code from admin_unit a join subtree s on a.parent_code = s.code)
      select code from subtree""", nativeQuery = true)
    List<String> subtreeCodes(@Param("code") String code);
}

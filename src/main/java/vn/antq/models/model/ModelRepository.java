package vn.antq.models.model;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ModelRepository extends JpaRepository<SecurityModel, String>, JpaSpecificationExecutor<SecurityModel> {

    /** Active originals per commune of a province: [unitCode, count]. */
    @Query("select m.unitCode, count(m) from SecurityModel m where m.provinceCode = ?1 "
            + "and m.status = vn.antq.models.model.ModelStatus.ACTIVE and m.originCode is null group by m.unitCode")
    List<Object[]> activeModelsPerCommune(String provinceCode);

    /** Active replicated points per commune of a province: [unitCode, count]. */
    @Query("select m.unitCode, count(m) from SecurityModel m where m.provinceCode = ?1 "
            + "and m.status = vn.antq.models.model.ModelStatus.ACTIVE and m.originCode is not null group by m.unitCode")
    List<Object[]> activePointsPerCommune(String provinceCode);

    /** A model (no origin) of a commune by its folded name: how a registry import recognises a row without a code. */
    java.util.Optional<SecurityModel> findFirstByOriginCodeIsNullAndUnitCodeAndSearchName(
            String unitCode, String searchName);

    /** A point of {@code originCode} in a commune by its folded name. */
    java.util.Optional<SecurityModel> findFirstByOriginCodeAndUnitCodeAndSearchName(
            String originCode, String unitCode, String searchName);

    /** The points replicated from a model, by code. */
    @Query("select m.code from SecurityModel m where m.originCode = ?1 order by m.code")
    List<String> pointCodes(String originCode);

    /** Communes among {@code unitCodes} that run {@code code} or one of its points (proposed or active). */
    @Query("select distinct m.unitCode from SecurityModel m where (m.code = ?1 or m.originCode = ?1) "
            + "and m.status in (vn.antq.models.model.ModelStatus.PROPOSED, vn.antq.models.model.ModelStatus.ACTIVE) "
            + "and m.unitCode in ?2")
    List<String> unitsRunning(String code, Collection<String> unitCodes);

    /** The unit that runs the model: a column, looked up for each task's candidate group. */
    @Query("select m.unitCode from SecurityModel m where m.code = ?1")
    java.util.Optional<String> findUnitCodeByCode(String code);
}

package vn.antq.models.replication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitHierarchy;
import vn.antq.models.unit.UnitRepository;

/**
 * "N mô hình đang hoạt động tại M điểm", as the provincial reports put it: per unit, the active
 * models built there, the points replicated there, and the places where any of them runs. Rows
 * are the unit's children (districts of a province, communes of a district), so the supervision
 * reports can show and export them as they are.
 */
@Service
public class ReplicationCounts {

  /** One row: {@code places} = {@code models} + {@code points}. */
  public record Row(String unitCode, String unitName, String level, long models, long points, long places) {
  }

  public record Report(Row total, List<Row> rows) {
  }

  private final ModelRepository models;
  private final UnitHierarchy hierarchy;
  private final UnitRepository units;

  public ReplicationCounts(ModelRepository models, UnitHierarchy hierarchy, UnitRepository units) {
    this.models = models;
    this.hierarchy = hierarchy;
    this.units = units;
  }

  @Transactional(readOnly = true)
  public Report of(AdministrativeUnit unit) {
    String province = hierarchy.provinceOf(unit).getCode();
    Map<String, Long> originals = byCommune(models.activeModelsPerCommune(province));
    Map<String, Long> points = byCommune(models.activePointsPerCommune(province));

    List<AdministrativeUnit> children = units.findByParentCode(unit.getCode());
    List<Row> rows = new ArrayList<>();
    for (AdministrativeUnit child : children.isEmpty() ? List.of(unit) : children) {
      rows.add(row(child, originals, points));
    }
    return new Report(row(unit, originals, points), rows);
  }

  private Row row(AdministrativeUnit unit, Map<String, Long> originals, Map<String, Long> points) {
    long m = 0;
    long p = 0;
    for (String code : hierarchy.subtreeCodes(unit)) {
      m += originals.getOrDefault(code, 0L);
      p += points.getOrDefault(code, 0L);
    }
    return new Row(unit.getCode(), unit.getName(), unit.getLevel().name(), m, p, m + p);
  }

  private static Map<String, Long> byCommune(List<Object[]> rows) {
    Map<String, Long> m = new HashMap<>();
    rows.forEach(r -> m.put((String) r[0], ((Number) r[1]).longValue()));
    return m;
  }
}

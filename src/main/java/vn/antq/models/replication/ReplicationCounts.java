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
    public record Row(String unitCode, String unitName, String level, long models, long points, long places) {}

    public record Report(Row total, List<Row> rows) {}

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
        Map<String, AdministrativeUnit> all = new HashMap<>();
        units.findAll().forEach(u -> all.put(u.getCode(), u));

        List<AdministrativeUnit> children = units.findByParentCode(unit.getCode()).stream()
                .filter(u -> !u.isDissolved())
                .toList();
        List<AdministrativeUnit> rowUnits = children.isEmpty() ? List.of(unit) : children;
        Map<String, long[]> sums = new LinkedHashMap<>();
        rowUnits.forEach(u -> sums.put(u.getCode(), new long[2]));
        long[] total = new long[2];
        // each commune's counts go to the row of the child it lies under, and to the total
        for (String commune : union(originals.keySet(), points.keySet())) {
            String row = null;
            boolean under = false;
            for (AdministrativeUnit u = all.get(commune); u != null; u = all.get(u.getParentCode())) {
                if (sums.containsKey(u.getCode())) {
                    row = u.getCode();
                }
                if (u.getCode().equals(unit.getCode())) {
                    under = true;
                    break;
                }
            }
            if (!under) {
                continue;
            }
            long m = originals.getOrDefault(commune, 0L);
            long p = points.getOrDefault(commune, 0L);
            total[0] += m;
            total[1] += p;
            if (row != null) {
                sums.get(row)[0] += m;
                sums.get(row)[1] += p;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (AdministrativeUnit u : rowUnits) {
            long[] c = sums.get(u.getCode());
            rows.add(row(u, c[0], c[1]));
        }
        return new Report(row(unit, total[0], total[1]), rows);
    }

    private static Row row(AdministrativeUnit unit, long models, long points) {
        return new Row(unit.getCode(), unit.getName(), unit.getLevel().name(), models, points, models + points);
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static Map<String, Long> byCommune(List<Object[]> rows) {
        Map<String, Long> m = new HashMap<>();
        rows.forEach(r -> m.put((String) r[0], ((Number) r[1]).longValue()));
        return m;
    }
}

package vn.antq.models.replication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.antq.models.model.Classification;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.ModelStatus;
import vn.antq.models.model.ModelVisibility;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.security.Official;
import vn.antq.models.security.OfficialService;
import vn.antq.models.security.Role;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitHierarchy;
import vn.antq.models.unit.UnitLevel;
import vn.antq.models.unit.UnitRepository;

/**
 * What an official may choose when starting a replication: effective models of their province as
 * sources, and the communes under their own unit as targets. The start form reads both as options
 * ({@code ${replicationOptions.sourcesForCurrentUser()}}); the start listener enforces them.
 */
@Service("replicationOptions")
public class ReplicationOptions {

    static final Set<Classification> EFFECTIVE = Set.of(Classification.EXCELLENT, Classification.GOOD);

    private final OfficialService officials;
    private final ModelRepository models;
    private final ModelVisibility visibility;
    private final UnitHierarchy hierarchy;
    private final UnitRepository units;
    private final ObjectMapper json = new ObjectMapper();

    public ReplicationOptions(
            OfficialService officials,
            ModelRepository models,
            ModelVisibility visibility,
            UnitHierarchy hierarchy,
            UnitRepository units) {
        this.officials = officials;
        this.models = models;
        this.visibility = visibility;
        this.hierarchy = hierarchy;
        this.units = units;
    }

    public static boolean mayStart(Official o) {
        return o.has(Role.REVIEWER) || o.has(Role.APPROVER);
    }

    public static boolean isEffective(SecurityModel m) {
        return m.getStatus() == ModelStatus.ACTIVE
                && m.getClassification() != null
                && EFFECTIVE.contains(m.getClassification());
    }

    /** Sources: active EXCELLENT or GOOD models of the official's province. */
    public List<SecurityModel> sources(Official o) {
        if (o.unit() == null) {
            return List.of();
        }
        AdministrativeUnit province = hierarchy.provinceOf(o.unit());
        return models.findAll(visibility.under(province)).stream()
                .filter(ReplicationOptions::isEffective)
                .sorted(java.util.Comparator.comparing(SecurityModel::getCode))
                .toList();
    }

    /** Targets: the communes under the official's unit. */
    public List<AdministrativeUnit> communes(Official o) {
        if (o.unit() == null || o.unit().is(UnitLevel.COMMUNE)) {
            return List.of();
        }
        return hierarchy.subtreeCodes(o.unit()).stream()
                .map(hierarchy::get)
                .filter(u -> u.is(UnitLevel.COMMUNE) && !u.isDissolved())
                .toList();
    }

    public String sourcesForCurrentUser() {
        return officials
                .current()
                .filter(ReplicationOptions::mayStart)
                .map(o -> options(sources(o).stream()
                        .map(m -> Map.of(
                                "value",
                                m.getCode(),
                                "label",
                                m.getCode() + " – " + m.getName() + " ("
                                        + hierarchy.get(m.getUnitCode()).getName() + ")"))
                        .toList()))
                .orElse("[]");
    }

    public String communesForCurrentUser() {
        return officials
                .current()
                .filter(ReplicationOptions::mayStart)
                .map(o -> options(communes(o).stream()
                        .map(u -> Map.of("value", u.getCode(), "label", u.getName()))
                        .toList()))
                .orElse("[]");
    }

    private String options(List<Map<String, String>> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

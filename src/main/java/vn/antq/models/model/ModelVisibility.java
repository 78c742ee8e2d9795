package vn.antq.models.model;

import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import vn.antq.models.security.Official;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitHierarchy;
import vn.antq.models.unit.UnitLevel;

/**
 * Which registry entries an official may read: a commune its own, a district its communes', a
 * province (approvers and supervisors) the whole province, an administrator everything.
 */
@Service
public class ModelVisibility {

    private final UnitHierarchy units;

    public ModelVisibility(UnitHierarchy units) {
        this.units = units;
    }

    public boolean canSee(Official official, SecurityModel model) {
        if (official.isAdmin()) {
            return true;
        }
        if (official.unit() == null) {
            return false;
        }
        return units.isWithin(units.get(model.getUnitCode()), official.unit());
    }

    /** True when the official may look at everything under {@code unit}. */
    public boolean canSee(Official official, AdministrativeUnit unit) {
        return official.isAdmin() || (official.unit() != null && units.isWithin(unit, official.unit()));
    }

    public Specification<SecurityModel> visibleTo(Official official) {
        if (official.isAdmin()) {
            return (root, q, cb) -> cb.conjunction();
        }
        if (official.unit() == null) {
            return (root, q, cb) -> cb.disjunction();
        }
        return under(official.unit());
    }

    /** Models owned by {@code unit} or any unit below it. */
    public Specification<SecurityModel> under(AdministrativeUnit unit) {
        if (unit.is(UnitLevel.PROVINCE)) {
            return (root, q, cb) -> cb.equal(root.get("provinceCode"), unit.getCode());
        }
        List<String> codes = units.subtreeCodes(unit);
        return (root, q, cb) -> root.get("unitCode").in(codes);
    }
}

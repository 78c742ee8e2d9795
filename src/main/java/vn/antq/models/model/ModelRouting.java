package vn.antq.models.model;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.antq.models.security.OfficialService;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitGroups;
import vn.antq.models.unit.UnitHierarchy;

/**
 * Who works on a model's process, looked up from the registry by the business key, never from a
 * process variable a form could overwrite. Used in the BPMN as {@code ${routing.districtGroup(execution)}}.
 */
@Component("routing")
public class ModelRouting {

    private final ModelRepository models;
    private final UnitHierarchy units;
    private final OfficialService officials;

    public ModelRouting(ModelRepository models, UnitHierarchy units, OfficialService officials) {
        this.models = models;
        this.units = units;
        this.officials = officials;
    }

    private AdministrativeUnit owner(DelegateExecution execution) {
        String code = execution.getProcessBusinessKey();
        return units.get(
                models.findUnitCodeByCode(code).orElseThrow(() -> new IllegalStateException("No model " + code)));
    }

    public String communeGroup(DelegateExecution execution) {
        return UnitGroups.actorGroup(owner(execution).getCode());
    }

    public boolean hasDistrict(DelegateExecution execution) {
        return units.districtOf(owner(execution)).isPresent();
    }

    public String districtGroup(DelegateExecution execution) {
        AdministrativeUnit district = units.districtOf(owner(execution))
                .orElseThrow(() -> new IllegalStateException(
                        "Commune has no district: " + owner(execution).getCode()));
        return UnitGroups.actorGroup(district.getCode());
    }

    /** The group of the unit an official acts for: a task they started shows in their unit's filter. */
    public String unitGroupOf(String login) {
        var official = officials.byLogin(login);
        return official.unit() == null
                ? null
                : UnitGroups.actorGroup(official.unit().getCode());
    }

    public String provinceGroup(DelegateExecution execution) {
        return UnitGroups.actorGroup(units.provinceOf(owner(execution)).getCode());
    }
}

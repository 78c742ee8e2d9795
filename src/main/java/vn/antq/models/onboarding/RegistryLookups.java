package vn.antq.models.onboarding;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.security.Privileged;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitGroups;
import vn.antq.models.unit.UnitHierarchy;

/** What {@link ImportCheck} asks of the registry and the identity service. */
@Component
public class RegistryLookups implements ImportCheck.Registry {

    private final UnitHierarchy units;
    private final ModelRepository models;
    private final IdentityService identity;

    public RegistryLookups(UnitHierarchy units, ModelRepository models, IdentityService identity) {
        this.units = units;
        this.models = models;
        this.identity = identity;
    }

    @Override
    public Optional<AdministrativeUnit> unit(String code) {
        return units.find(code);
    }

    @Override
    public Optional<SecurityModel> model(String code) {
        return models.findById(code);
    }

    @Override
    public Optional<SecurityModel> modelByNaturalKey(String originCode, String unitCode, String searchName) {
        return originCode == null
                ? models.findFirstByOriginCodeIsNullAndUnitCodeAndSearchName(unitCode, searchName)
                : models.findFirstByOriginCodeAndUnitCodeAndSearchName(originCode, unitCode, searchName);
    }

    @Override
    public Optional<List<String>> officialGroups(String login) {
        return Privileged.call(() -> {
            if (identity.createUserQuery().userId(login).count() == 0) {
                return Optional.empty();
            }
            return Optional.of(identity.createGroupQuery().groupMember(login).listPage(0, 100).stream()
                    .filter(g ->
                            UnitGroups.UNIT_TYPE.equals(g.getType()) || UnitGroups.SUPERVISION_TYPE.equals(g.getType()))
                    .map(Group::getId)
                    .toList());
        });
    }
}

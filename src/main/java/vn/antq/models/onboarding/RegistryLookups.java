package vn.antq.models.onboarding;

import jakarta.persistence.EntityManager;
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

/**
 * What {@link ImportCheck} asks of the registry and the identity service. The models it finds are
 * read, never changed, so each is let go once read: a check inside a transaction (the import's "Kiểm
 * tra tệp") would otherwise hold every model of the file, and each query after would first check all
 * of them for changes, a cost that grows with the square of the file.
 */
@Component
public class RegistryLookups implements ImportCheck.Registry {

    private final UnitHierarchy units;
    private final ModelRepository models;
    private final IdentityService identity;
    private final EntityManager entities;

    public RegistryLookups(
            UnitHierarchy units, ModelRepository models, IdentityService identity, EntityManager entities) {
        this.units = units;
        this.models = models;
        this.identity = identity;
        this.entities = entities;
    }

    private Optional<SecurityModel> read(Optional<SecurityModel> found) {
        found.filter(entities::contains).ifPresent(entities::detach);
        return found;
    }

    @Override
    public Optional<AdministrativeUnit> unit(String code) {
        return units.find(code);
    }

    @Override
    public Optional<SecurityModel> model(String code) {
        return read(models.findById(code));
    }

    @Override
    public Optional<SecurityModel> modelByNaturalKey(String originCode, String unitCode, String searchName) {
        return read(
                originCode == null
                        ? models.findFirstByOriginCodeIsNullAndUnitCodeAndSearchName(unitCode, searchName)
                        : models.findFirstByOriginCodeAndUnitCodeAndSearchName(originCode, unitCode, searchName));
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

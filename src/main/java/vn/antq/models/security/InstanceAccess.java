package vn.antq.models.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitGroups;
import vn.antq.models.unit.UnitHierarchy;
import vn.antq.models.unit.UnitLevel;

/**
 * Who may read a process instance: the unit that owns the work and every unit above it, plus the
 * province's supervisors. Tasks are not covered here: candidate groups grant those.
 */
@Service
public class InstanceAccess {

    private final AuthorizationService authorizations;
    private final UnitHierarchy units;

    public InstanceAccess(AuthorizationService authorizations, UnitHierarchy units) {
        this.authorizations = authorizations;
        this.units = units;
    }

    public void grantRead(String processInstanceId, AdministrativeUnit owner) {
        grant(processInstanceId, readers(owner));
    }

    /** The groups that read an instance of a model of {@code owner}: its unit chain and the province's supervisors. */
    private List<String> readers(AdministrativeUnit owner) {
        List<String> groups = new ArrayList<>();
        for (AdministrativeUnit u : units.chain(owner)) {
            groups.add(UnitGroups.actorGroup(u.getCode()));
            if (u.is(UnitLevel.PROVINCE)) {
                groups.add(UnitGroups.supervisionGroup(u.getCode()));
            }
        }
        return groups;
    }

    /**
     * After a reorganization moved the model: the instance is read by {@code owner}'s chain as it is now,
     * and by no other unit. Only the difference is written (a grant removed and made again in one engine
     * command would collide with itself on the unique key before the removal is flushed).
     */
    public void regrantRead(String processInstanceId, AdministrativeUnit owner) {
        List<String> wanted = readers(owner);
        List<String> kept = new ArrayList<>();
        Privileged.run(() -> {
            for (Authorization a : authorizations
                    .createAuthorizationQuery()
                    .resourceId(processInstanceId)
                    .listPage(0, 1000)) {
                boolean instance = a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType()
                        || a.getResourceType() == Resources.HISTORIC_PROCESS_INSTANCE.resourceType();
                if (!instance || a.getGroupId() == null) {
                    continue;
                }
                if (wanted.contains(a.getGroupId())) {
                    kept.add(a.getResourceType() + ":" + a.getGroupId());
                } else {
                    authorizations.deleteAuthorization(a.getId());
                }
            }
        });
        // each group gets what it lacks of the two grants, and nothing twice
        Privileged.run(() -> {
            for (String group : wanted) {
                if (!kept.contains(Resources.PROCESS_INSTANCE.resourceType() + ":" + group)) {
                    save(group, Resources.PROCESS_INSTANCE, Permissions.READ, processInstanceId);
                }
                if (!kept.contains(Resources.HISTORIC_PROCESS_INSTANCE.resourceType() + ":" + group)) {
                    save(
                            group,
                            Resources.HISTORIC_PROCESS_INSTANCE,
                            HistoricProcessInstancePermissions.READ,
                            processInstanceId);
                }
            }
        });
    }

    private void grant(String processInstanceId, List<String> groups) {
        Privileged.run(() -> {
            for (String group : groups) {
                save(group, Resources.PROCESS_INSTANCE, Permissions.READ, processInstanceId);
                save(
                        group,
                        Resources.HISTORIC_PROCESS_INSTANCE,
                        HistoricProcessInstancePermissions.READ,
                        processInstanceId);
            }
        });
    }

    private void save(
            String group,
            Resources resource,
            org.camunda.bpm.engine.authorization.Permission permission,
            String instanceId) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(resource);
        grant.setResourceId(instanceId);
        grant.addPermission(permission);
        authorizations.saveAuthorization(grant);
    }
}

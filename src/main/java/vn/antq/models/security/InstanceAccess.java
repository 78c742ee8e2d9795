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
    List<String> groups = new ArrayList<>();
    for (AdministrativeUnit u : units.chain(owner)) {
      groups.add(UnitGroups.actorGroup(u.getCode()));
      if (u.is(UnitLevel.PROVINCE)) {
        groups.add(UnitGroups.supervisionGroup(u.getCode()));
      }
    }
    Privileged.run(() -> {
      for (String group : groups) {
        Authorization runtime = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        runtime.setGroupId(group);
        runtime.setResource(Resources.PROCESS_INSTANCE);
        runtime.setResourceId(processInstanceId);
        runtime.addPermission(Permissions.READ);
        authorizations.saveAuthorization(runtime);

        Authorization history = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        history.setGroupId(group);
        history.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
        history.setResourceId(processInstanceId);
        history.addPermission(HistoricProcessInstancePermissions.READ);
        authorizations.saveAuthorization(history);
      }
    });
  }
}

package vn.antq.models.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import vn.antq.models.common.Messages;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitGroups;
import vn.antq.models.unit.UnitLevel;

/**
 * Gives a unit what its officials need in Tasklist and Cockpit: its Camunda group, the
 * authorizations of its role, and its task filters. Idempotent; used by the demo data and, later,
 * by the import of existing registries.
 */
@Service
public class UnitProvisioning {

  public static final String PROPOSAL_PROCESS = "model-proposal";
  public static final String RETIREMENT_REQUEST_PROCESS = "model-retirement-request";
  public static final String REPLICATION_PROCESS = "model-replication";

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final Messages messages;

  public UnitProvisioning(IdentityService identity, AuthorizationService authorizations, FilterService filters,
      TaskService tasks, Messages messages) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.messages = messages;
  }

  public void provision(AdministrativeUnit unit) {
    String group = UnitGroups.actorGroup(unit.getCode());
    ensureGroup(group, unit.getName(), UnitGroups.UNIT_TYPE);
    grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    if (unit.is(UnitLevel.COMMUNE)) {
      grant(group, Resources.PROCESS_DEFINITION, PROPOSAL_PROCESS, ProcessDefinitionPermissions.CREATE_INSTANCE);
    } else {
      grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, REPLICATION_PROCESS, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    if (!unit.is(UnitLevel.PROVINCE)) {
      grant(group, Resources.PROCESS_DEFINITION, RETIREMENT_REQUEST_PROCESS, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    ensureFilter(group, messages.get("filter.unitWork", unit.getName()), messages.get("filter.unitWork.description"), -10);

    if (unit.is(UnitLevel.PROVINCE)) {
      String supervisors = UnitGroups.supervisionGroup(unit.getCode());
      ensureGroup(supervisors, messages.get("group.supervision", unit.getName()), UnitGroups.SUPERVISION_TYPE);
      grant(supervisors, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(supervisors, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    }
  }

  private void ensureGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group g = identity.newGroup(id);
    g.setName(name);
    g.setType(type);
    identity.saveGroup(g);
  }

  private void grant(String group, Resource resource, String resourceId, Permission permission) {
    List<Authorization> existing = authorizations.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).list();
    if (existing.stream().anyMatch(a -> a.isPermissionGranted(permission))) {
      return;
    }
    Authorization a = existing.isEmpty() ? authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT) : existing.get(0);
    a.setGroupId(group);
    a.setResource(resource);
    a.setResourceId(resourceId);
    a.addPermission(permission);
    authorizations.saveAuthorization(a);
  }

  /** A Tasklist filter on the unit's candidate group, readable only by that group; no expressions. */
  private void ensureFilter(String group, String name, String description, int priority) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", List.of(
        Map.of("name", "modelCode", "label", messages.get("field.modelCode")),
        Map.of("name", "modelName", "label", messages.get("field.modelName")),
        Map.of("name", "unitName", "label", messages.get("field.unitName"))));
    Filter filter = filters.newTaskFilter(name)
        .setProperties(properties)
        .setQuery(tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks());
    filters.saveFilter(filter);
    grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
  }
}

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
import vn.antq.models.common.ProcessIds;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitGroups;
import vn.antq.models.unit.UnitLevel;
import vn.antq.models.unit.UnitRepository;

/**
 * Gives a unit what its officials need in Tasklist and Cockpit: its Camunda group, the
 * authorizations of its role, and its task filters. Idempotent; used by the demo data and, later,
 * by the import of existing registries.
 */
@Service
public class UnitProvisioning {

    /** The administrators' group; their Tasklist filter holds the imports they run. */
    public static final String ADMINISTRATORS = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final UnitRepository units;
    private final Messages messages;

    public UnitProvisioning(
            IdentityService identity,
            AuthorizationService authorizations,
            FilterService filters,
            TaskService tasks,
            UnitRepository units,
            Messages messages) {
        this.units = units;
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void provision(AdministrativeUnit unit) {
        ensureGlobalGrants();
        String group = UnitGroups.actorGroup(unit.getCode());
        ensureGroup(group, unit.getName(), UnitGroups.UNIT_TYPE);
        forgetWildcardGrants(group);
        grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        if (unit.is(UnitLevel.COMMUNE)) {
            grant(
                    group,
                    Resources.PROCESS_DEFINITION,
                    ProcessIds.PROPOSAL,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        } else {
            grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(
                    group,
                    Resources.PROCESS_DEFINITION,
                    ProcessIds.REPLICATION,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(
                    group,
                    Resources.PROCESS_DEFINITION,
                    ProcessIds.YEAR_END,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        if (unit.is(UnitLevel.PROVINCE)) {
            grant(
                    group,
                    Resources.PROCESS_DEFINITION,
                    ProcessIds.REGISTRY_IMPORT,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        } else {
            grant(
                    group,
                    Resources.PROCESS_DEFINITION,
                    ProcessIds.RETIREMENT_REQUEST,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        ensureFilter(
                group,
                messages.get("filter.unitWork", unit.getName()),
                messages.get("filter.unitWork.description"),
                -10);

        if (unit.is(UnitLevel.PROVINCE)) {
            String supervisors = UnitGroups.supervisionGroup(unit.getCode());
            ensureGroup(supervisors, messages.get("group.supervision", unit.getName()), UnitGroups.SUPERVISION_TYPE);
            forgetWildcardGrants(supervisors);
            grant(supervisors, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        }
    }

    /**
     * What every installation needs before any unit is provisioned, made sure of once when the
     * application is ready: the global grants, and the administrators' own Tasklist filter (the
     * work of the imports they run). Inside one command (a registry import's batch job) the engine
     * writes only at the end, so a grant created there for the first unit would be created again
     * for the next; with the grants present, provisioning only reads them.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    public void ensureInstallationGrants() {
        try {
            ensureGlobalGrants();
            ensureYearEndGrants();
            ensureFilter(
                    ADMINISTRATORS,
                    messages.get("filter.administrators"),
                    messages.get("filter.administrators.description"),
                    -20);
        } catch (org.camunda.bpm.engine.ProcessEngineException raced) {
            // a second node starting at the same moment wrote them first
            org.slf4j.LoggerFactory.getLogger(UnitProvisioning.class)
                    .warn("Installation grants already being written: {}", raced.getMessage());
        }
    }

    /**
     * What every official may do whatever their unit: read the process definitions (the diagrams
     * Tasklist and Cockpit draw) and create process instances (starting one still needs the
     * definition's CREATE_INSTANCE, granted per unit above). Held once, as global authorizations:
     * Tasklist's task query joins every authorization row with resource id "*", so one such row
     * per unit group would be 6,000 rows read for each task at national scale.
     */
    private void ensureGlobalGrants() {
        globalGrant(Resources.PROCESS_DEFINITION, Permissions.READ);
        globalGrant(Resources.PROCESS_INSTANCE, Permissions.CREATE);
    }

    private void globalGrant(Resource resource, Permission permission) {
        List<Authorization> existing = authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource)
                .resourceId("*")
                .list();
        if (existing.stream().anyMatch(a -> a.isPermissionGranted(permission))) {
            return;
        }
        Authorization a = existing.isEmpty()
                ? authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL)
                : existing.get(0);
        a.setUserId(Authorization.ANY);
        a.setResource(resource);
        a.setResourceId("*");
        a.addPermission(permission);
        authorizations.saveAuthorization(a);
    }

    /** The per-group copies of the global grants that earlier versions wrote. */
    private void forgetWildcardGrants(String group) {
        for (Resource resource : List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE)) {
            authorizations
                    .createAuthorizationQuery()
                    .groupIdIn(group)
                    .resourceType(resource)
                    .resourceId("*")
                    .list()
                    .forEach(a -> authorizations.deleteAuthorization(a.getId()));
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
        List<Authorization> existing = authorizations
                .createAuthorizationQuery()
                .groupIdIn(group)
                .resourceType(resource)
                .resourceId(resourceId)
                .list();
        if (existing.stream().anyMatch(a -> a.isPermissionGranted(permission))) {
            return;
        }
        Authorization a = existing.isEmpty()
                ? authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT)
                : existing.get(0);
        a.setGroupId(group);
        a.setResource(resource);
        a.setResourceId(resourceId);
        a.addPermission(permission);
        authorizations.saveAuthorization(a);
    }

    /**
     * The start of "Xếp loại cuối năm" for every province and district provisioned before that
     * process existed: one query for the grants there are, one grant for each unit that lacks it.
     */
    void ensureYearEndGrants() {
        java.util.Set<String> granted = new java.util.HashSet<>();
        authorizations
                .createAuthorizationQuery()
                .resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(ProcessIds.YEAR_END)
                .list()
                .forEach(a -> granted.add(a.getGroupId()));
        units.findAll().stream()
                .filter(u -> !u.is(UnitLevel.COMMUNE) && !u.isDissolved())
                .map(u -> UnitGroups.actorGroup(u.getCode()))
                .filter(g -> !granted.contains(g)
                        && identity.createGroupQuery().groupId(g).count() > 0)
                .forEach(g -> grant(
                        g,
                        Resources.PROCESS_DEFINITION,
                        ProcessIds.YEAR_END,
                        ProcessDefinitionPermissions.CREATE_INSTANCE));
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
        properties.put(
                "variables",
                List.of(
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

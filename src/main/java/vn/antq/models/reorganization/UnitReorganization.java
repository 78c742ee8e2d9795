package vn.antq.models.reorganization;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ModelHistory;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.security.InstanceAccess;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitGroups;
import vn.antq.models.unit.UnitHierarchy;
import vn.antq.models.unit.UnitLevel;
import vn.antq.models.unit.UnitRepository;

/**
 * A reorganization of units as a decree states it (CONTRACT.md "Unit reorganization"): these units
 * become that one, or a province's district tier is dropped. Each dissolved unit moves in one
 * transaction of its own, whole or not at all: its units below hang under the unit it went into;
 * its models and points (and every model below it, when the province changes) follow, each move
 * recorded in the model's history; its officials join the new unit's group (supervisors the new
 * province's); its open tasks wait for the new unit; the read grants of every instance under the
 * moved models are made again from the registry; its other grants go to the new unit; its Tasklist
 * filter and its groups are removed; its pending replication answers are the new unit's. The
 * dissolved unit stays, marked, for the history. A dry run counts the same and changes nothing.
 */
@Service
public class UnitReorganization {

    /** What a reorganization moved (or, in a dry run, would move). */
    public record Moved(long movedModels, long movedTasks, long movedOfficials) {
        Moved plus(Moved other) {
            return new Moved(
                    movedModels + other.movedModels,
                    movedTasks + other.movedTasks,
                    movedOfficials + other.movedOfficials);
        }
    }

    /** A reorganization the registry cannot make as asked; {@code field} names the parameter. */
    public static final class Refused extends RuntimeException {
        private final String field;

        Refused(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private static final int PAGE = 500;

    private final UnitRepository units;
    private final UnitHierarchy hierarchy;
    private final ModelRepository models;
    private final ModelHistory history;
    private final JdbcTemplate jdbc;
    private final IdentityService identity;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final HistoryService engineHistory;
    private final InstanceAccess access;
    private final Messages messages;
    private final TransactionTemplate tx;

    public UnitReorganization(
            UnitRepository units,
            UnitHierarchy hierarchy,
            ModelRepository models,
            ModelHistory history,
            JdbcTemplate jdbc,
            IdentityService identity,
            TaskService tasks,
            AuthorizationService authorizations,
            FilterService filters,
            HistoryService engineHistory,
            InstanceAccess access,
            Messages messages,
            PlatformTransactionManager transactions) {
        this.units = units;
        this.hierarchy = hierarchy;
        this.models = models;
        this.history = history;
        this.jdbc = jdbc;
        this.identity = identity;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.filters = filters;
        this.engineHistory = engineHistory;
        this.access = access;
        this.messages = messages;
        this.tx = new TransactionTemplate(transactions);
    }

    /** {@code from} become {@code into}, a unit of the same level, as the decree {@code basis} (may be empty) says. */
    public Moved merge(List<String> from, String into, boolean dryRun, String by, String basis) {
        if (from == null || from.isEmpty()) {
            throw new Refused("from", messages.get("reorganization.fromEmpty"));
        }
        AdministrativeUnit target = inService(into, "into");
        List<AdministrativeUnit> merged = new ArrayList<>();
        for (String code : new LinkedHashSet<>(from)) {
            AdministrativeUnit u = inService(code, "from");
            if (u.getCode().equals(target.getCode())) {
                throw new Refused("from", messages.get("reorganization.intoItself", u.getName()));
            }
            if (u.getLevel() != target.getLevel()) {
                throw new Refused("from", messages.get("reorganization.otherLevel", u.getName(), target.getName()));
            }
            if (u.is(UnitLevel.PROVINCE) && target.isTwoTier() && !u.isTwoTier()) {
                throw new Refused("from", messages.get("reorganization.dropTierFirst", u.getName(), target.getName()));
            }
            merged.add(u);
        }
        String reason = withBasis(
                messages.get(
                        "reorganization.merged",
                        target.getName(),
                        Clocks.today().format(Clocks.VN_DATE)),
                basis);
        Moved moved = new Moved(0, 0, 0);
        for (AdministrativeUnit u : merged) {
            moved = moved.plus(
                    dryRun ? count(u, target) : tx.execute(s -> move(u.getCode(), target.getCode(), reason, by)));
        }
        return moved;
    }

    /** The province's districts are dissolved; its communes hang directly under it. */
    public Moved dropDistrictTier(String provinceCode, boolean dryRun, String by, String basis) {
        AdministrativeUnit province = inService(provinceCode, "province");
        if (!province.is(UnitLevel.PROVINCE)) {
            throw new Refused("province", messages.get("reorganization.notAProvince", province.getName()));
        }
        if (province.isTwoTier()) {
            throw new Refused("province", messages.get("reorganization.alreadyTwoTier", province.getName()));
        }
        String reason = withBasis(
                messages.get(
                        "reorganization.tierDropped",
                        province.getName(),
                        Clocks.today().format(Clocks.VN_DATE)),
                basis);
        Moved moved = new Moved(0, 0, 0);
        for (AdministrativeUnit district : districtsOf(province.getCode())) {
            moved = moved.plus(
                    dryRun
                            ? count(district, province)
                            : tx.execute(s -> move(district.getCode(), province.getCode(), reason, by)));
        }
        if (!dryRun) {
            tx.executeWithoutResult(s -> {
                units.findById(province.getCode()).orElseThrow().dropDistrictTier();
                hierarchy.forget(null);
            });
        }
        return moved;
    }

    /** The districts of a province still in service: those dropping its district tier dissolves. */
    public List<AdministrativeUnit> districtsOf(String provinceCode) {
        return units.findByParentCode(provinceCode).stream()
                .filter(u -> u.is(UnitLevel.DISTRICT) && !u.isDissolved())
                .toList();
    }

    private static String withBasis(String reason, String basis) {
        return basis == null || basis.isBlank() ? reason : reason + " (" + basis.trim() + ")";
    }

    private AdministrativeUnit inService(String code, String field) {
        AdministrativeUnit u = code == null ? null : units.findById(code.trim()).orElse(null);
        if (u == null) {
            throw new Refused(field, messages.get("reorganization.unknownUnit", code));
        }
        if (u.isDissolved()) {
            throw new Refused(field, messages.get("reorganization.dissolved", u.getName()));
        }
        return u;
    }

    /** What moving {@code unit} into {@code target} moves, changing nothing. */
    private Moved count(AdministrativeUnit unit, AdministrativeUnit target) {
        boolean provinceChanges = !hierarchy
                .provinceOf(unit)
                .getCode()
                .equals(hierarchy.provinceOf(target).getCode());
        List<String> subtree = hierarchy.subtreeCodes(unit);
        long modelCount = provinceChanges
                ? countIn("select count(*) from security_model where unit_code in (%s)", subtree)
                : jdbc.queryForObject(
                        "select count(*) from security_model where unit_code = ?", Long.class, unit.getCode());
        long taskCount = tasks.createTaskQuery()
                .taskCandidateGroup(UnitGroups.actorGroup(unit.getCode()))
                .includeAssignedTasks()
                .count();
        long officials = identity.createUserQuery()
                        .memberOfGroup(UnitGroups.actorGroup(unit.getCode()))
                        .count()
                + (unit.is(UnitLevel.PROVINCE)
                        ? identity.createUserQuery()
                                .memberOfGroup(UnitGroups.supervisionGroup(unit.getCode()))
                                .count()
                        : 0);
        return new Moved(modelCount, taskCount, officials);
    }

    private long countIn(String sql, List<String> codes) {
        String marks = String.join(",", codes.stream().map(c -> "?").toList());
        return jdbc.queryForObject(sql.formatted(marks), Long.class, codes.toArray());
    }

    /** Moves one unit into another; one transaction. */
    private Moved move(String unitCode, String targetCode, String reason, String by) {
        AdministrativeUnit unit = units.findById(unitCode).orElseThrow();
        AdministrativeUnit target = units.findById(targetCode).orElseThrow();
        List<String> subtree = hierarchy.subtreeCodes(unit);
        List<String> affected = jdbc.queryForList(
                "select code from security_model where unit_code in ("
                        + String.join(",", subtree.stream().map(c -> "?").toList()) + ")",
                String.class,
                subtree.toArray());

        // the units: those below follow, the unit itself is dissolved
        for (AdministrativeUnit child : units.findByParentCode(unit.getCode())) {
            if (!child.isDissolved()) { // a unit dissolved earlier stays where it was, for the history
                child.moveUnder(target.getCode());
            }
        }
        unit.dissolveInto(target.getCode(), Clocks.today());
        units.flush();
        hierarchy.forget(null);

        // the models and points: their unit (the dissolved one's own) and province, recorded in each history
        String province = hierarchy.provinceOf(target).getCode();
        long movedModels = 0;
        for (String code : affected) {
            SecurityModel m = models.findById(code).orElseThrow();
            String newUnit = m.getUnitCode().equals(unit.getCode()) ? target.getCode() : m.getUnitCode();
            if (!newUnit.equals(m.getUnitCode()) || !province.equals(m.getProvinceCode())) {
                history.recordMove(
                        code,
                        messages.get(
                                "reorganization.moved",
                                hierarchy.get(m.getUnitCode()).getName(),
                                hierarchy.get(newUnit).getName(),
                                reason),
                        by);
                m.relocate(newUnit, province);
                movedModels++;
            }
        }
        models.flush();
        // every instance under them is readable by the unit chain they now belong to, and no other
        Set<String> regranted = new java.util.HashSet<>();
        for (String code : affected) {
            regranted.addAll(regrant(
                    code, hierarchy.get(models.findById(code).orElseThrow().getUnitCode())));
        }

        long movedOfficials =
                moveMembers(UnitGroups.actorGroup(unit.getCode()), UnitGroups.actorGroup(target.getCode()));
        if (unit.is(UnitLevel.PROVINCE) && target.is(UnitLevel.PROVINCE)) {
            movedOfficials += moveMembers(
                    UnitGroups.supervisionGroup(unit.getCode()), UnitGroups.supervisionGroup(target.getCode()));
        }
        long movedTasks = moveTasks(UnitGroups.actorGroup(unit.getCode()), UnitGroups.actorGroup(target.getCode()));
        moveGrants(UnitGroups.actorGroup(unit.getCode()), UnitGroups.actorGroup(target.getCode()), regranted);
        if (unit.is(UnitLevel.PROVINCE)) {
            moveGrants(
                    UnitGroups.supervisionGroup(unit.getCode()),
                    target.is(UnitLevel.PROVINCE) ? UnitGroups.supervisionGroup(target.getCode()) : null,
                    regranted);
        }
        // pending replication answers: the new unit answers, unless it was asked in the same campaign already
        jdbc.update(
                "update replication_target t set unit_code = ? where unit_code = ? and outcome = 'PENDING' and not exists "
                        + "(select 1 from replication_target o where o.campaign_code = t.campaign_code and o.unit_code = ?)",
                target.getCode(),
                unit.getCode(),
                target.getCode());

        // an open replication campaign of the unit is the new unit's (a closed one stays in the history)
        jdbc.update(
                "update replication_campaign set unit_code = ? where unit_code = ? and status = 'OPEN'",
                target.getCode(),
                unit.getCode());

        filters.createFilterQuery()
                .filterName(messages.get("filter.unitWork", unit.getName()))
                .listPage(0, 100)
                .forEach(f -> filters.deleteFilter(f.getId()));
        identity.deleteGroup(UnitGroups.actorGroup(unit.getCode()));
        if (unit.is(UnitLevel.PROVINCE)) {
            identity.deleteGroup(UnitGroups.supervisionGroup(unit.getCode()));
        }
        return new Moved(movedModels, movedTasks, movedOfficials);
    }

    private long moveMembers(String from, String to) {
        List<User> members = all(first -> identity.createUserQuery()
                .memberOfGroup(from)
                .orderByUserId()
                .asc()
                .listPage(first, PAGE));
        for (User user : members) {
            if (identity.createUserQuery()
                            .userId(user.getId())
                            .memberOfGroup(to)
                            .count()
                    == 0) {
                identity.createMembership(user.getId(), to);
            }
            identity.deleteMembership(user.getId(), from);
        }
        return members.size();
    }

    /**
     * Every row of a query, read a page at a time before anything is changed: inside one engine command
     * (the process's job) changes are flushed only at its end, in a request of its own they are not,
     * so a query asked again after each change would see the same rows, or skip some.
     */
    private static <T> List<T> all(java.util.function.IntFunction<List<T>> page) {
        List<T> rows = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<T> next = page.apply(first);
            rows.addAll(next);
            if (next.size() < PAGE) {
                return rows;
            }
        }
    }

    private long moveTasks(String from, String to) {
        List<Task> open = all(first -> tasks.createTaskQuery()
                .taskCandidateGroup(from)
                .includeAssignedTasks()
                .orderByTaskId()
                .asc()
                .listPage(first, PAGE));
        for (Task t : open) {
            tasks.addCandidateGroup(t.getId(), to);
            tasks.deleteCandidateGroup(t.getId(), from);
        }
        return open.size();
    }

    /** Read grants of every instance (running or finished) under the model: its unit chain as it is now. */
    private Set<String> regrant(String modelCode, AdministrativeUnit owner) {
        Set<String> instances = new LinkedHashSet<>();
        all(first -> engineHistory
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(modelCode)
                        .orderByProcessInstanceId()
                        .asc()
                        .listPage(first, PAGE))
                .forEach(pi -> instances.add(pi.getId()));
        instances.forEach(instance -> access.regrantRead(instance, owner));
        return instances;
    }

    /**
     * The group's other grants (instances of campaigns and imports, definitions, apps) go to {@code to},
     * or away. Those of the instances made again from the registry are already right (and their removal
     * may still be pending in this engine command).
     */
    private void moveGrants(String from, String to, Set<String> regranted) {
        List<Authorization> grants = all(first -> authorizations
                .createAuthorizationQuery()
                .groupIdIn(from)
                .orderByResourceType()
                .asc()
                .orderByResourceId()
                .asc()
                .listPage(first, PAGE));
        for (Authorization a : grants) {
            if (regranted.contains(a.getResourceId())) {
                continue; // an instance under a moved model: its grants were made again from the registry above
            }
            if (to != null
                    && a.getResourceType() != Resources.FILTER.resourceType()
                    && authorizations
                                    .createAuthorizationQuery()
                                    .groupIdIn(to)
                                    .resourceType(a.getResourceType())
                                    .resourceId(a.getResourceId())
                                    .count()
                            == 0) {
                Authorization copy = authorizations.createNewAuthorization(a.getAuthorizationType());
                copy.setGroupId(to);
                copy.setResourceType(a.getResourceType());
                copy.setResourceId(a.getResourceId());
                copy.setPermissions(
                        a.getPermissions(ResourceTypeUtil.getPermissionsByResourceType(a.getResourceType())));
                authorizations.saveAuthorization(copy);
            }
            authorizations.deleteAuthorization(a.getId());
        }
    }
}

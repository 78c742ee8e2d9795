package vn.antq.models.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;
import vn.antq.models.evaluation.Indicators;
import vn.antq.models.model.Classification;
import vn.antq.models.model.HostType;
import vn.antq.models.model.ModelField;
import vn.antq.models.model.RetirementKind;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitHierarchy;
import vn.antq.models.unit.UnitLevel;
import vn.antq.models.unit.UnitRepository;

/**
 * The movement's figures (CONTRACT.md "Supervision reports"), counted by the database: four
 * grouped queries over the unit's subtree, each grouped by the unit directly below, whatever the
 * level. A model's commune is joined with its two ancestors, so one expression says which child
 * of the asked unit it lies under, and one condition says whether it lies under the unit at all.
 *
 * <p>What counts where: a model or point runs at the period's end when it was approved before and
 * not retired by then (a registry's entries retired before their import never ran here); an
 * evaluation counts in the period its indicators' period ends in ({@code period_to}); a retirement on
 * its day; overdue work is every open task past its due date now, under the unit its candidate
 * group stands for.
 */
@Service
public class MovementSummary {

    /** The key of the row that sums the whole unit in a query grouped by child. */
    private static final String WHOLE = "*";

    private static final String MODEL_UNITS = """
      security_model m
      join admin_unit c on c.code = m.unit_code
      left join admin_unit p on p.code = c.parent_code
      left join admin_unit g on g.code = p.parent_code""";

    /** The units of a row {@code x} whose commune is {@code x.unit}: the commune and its two ancestors. */
    private static final String UNITS_OF_X = """
      join admin_unit c on c.code = x.unit
      left join admin_unit p on p.code = c.parent_code
      left join admin_unit g on g.code = p.parent_code""";

    private static final String RUNNING = """
      m.status in ('ACTIVE', 'RETIRED') and m.activated_at < :end
      and (m.retired_at is null or m.retired_at >= :end) and (m.retired_kind is null or m.retired_kind <> 'REGISTRY')""";

    private final EntityManager em;
    private final UnitHierarchy hierarchy;
    private final UnitRepository units;
    private final Messages messages;

    public MovementSummary(EntityManager em, UnitHierarchy hierarchy, UnitRepository units, Messages messages) {
        this.em = em;
        this.hierarchy = hierarchy;
        this.units = units;
        this.messages = messages;
    }

    /** The figures of {@code unit} ({@code null}: the whole country) for the days {@code from}..{@code to}. */
    @Transactional(readOnly = true)
    public Summary of(AdministrativeUnit unit, LocalDate from, LocalDate to) {
        Scope scope =
                new Scope(unit, unit == null ? null : hierarchy.provinceOf(unit).getCode());
        Instant start = from.atStartOfDay(Clocks.VIETNAM).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Clocks.VIETNAM).toInstant();

        Map<String, Figures> byChild = new HashMap<>();
        running(scope, end, byChild);
        evaluations(scope, from, to, byChild);
        retired(scope, start, end, byChild);
        overdue(scope, byChild);

        Figures whole = byChild.computeIfAbsent(WHOLE, k -> new Figures());
        // the additive figures of the whole unit are the sums of its groups (its own entries included)
        byChild.forEach((child, f) -> {
            if (!WHOLE.equals(child)) {
                whole.addAdditive(f);
            }
        });

        List<Summary> children = new ArrayList<>();
        for (AdministrativeUnit child : childrenOf(unit)) {
            children.add(byChild.getOrDefault(child.getCode(), new Figures())
                    .summary(child.getCode(), child.getName(), child.getLevel().name(), from, to, null));
        }
        return unit == null
                ? whole.summary(null, messages.get("report.country"), Summary.COUNTRY, from, to, children)
                : whole.summary(unit.getCode(), unit.getName(), unit.getLevel().name(), from, to, children);
    }

    private List<AdministrativeUnit> childrenOf(AdministrativeUnit unit) {
        List<AdministrativeUnit> children = new ArrayList<>(
                unit == null
                        ? units.findByParentCodeIsNull().stream()
                                .filter(u -> u.is(UnitLevel.PROVINCE))
                                .toList()
                        : units.findByParentCode(unit.getCode()));
        children.removeIf(AdministrativeUnit::isDissolved); // kept for the history, with nothing left to count
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        children.sort(Comparator.comparing(AdministrativeUnit::getName, vietnamese));
        return children;
    }

    /** Models and points running at {@code end}: all, by field, by host type; per child and for the whole unit. */
    private void running(Scope scope, Instant end, Map<String, Figures> byChild) {
        // first each child's places per model, field and host type (a few rows per model and child), so the
        // distinct counts below sort thousands of rows, not every place of the country
        String sql = "with scoped as (select child, root, field, host, count(*) as n from (select " + scope.child()
                + " as child,"
                + " coalesce(m.origin_code, m.code) as root, m.field as field, m.host_type as host from " + MODEL_UNITS
                + " where " + scope.where() + " and " + RUNNING + ") y group by child, root, field, host)\n"
                + "select 'ALL', cast(null as varchar(30)), child, count(distinct root), sum(n) from scoped group by child\n"
                + "union all select 'FIELD', field, child, count(distinct root), sum(n) from scoped group by field, child\n"
                + "union all select 'HOST', host, child, count(distinct root), sum(n) from scoped group by host, child\n"
                + "union all select 'ALL', cast(null as varchar(30)), '" + WHOLE
                + "', count(distinct root), sum(n) from scoped\n"
                + "union all select 'FIELD', field, '" + WHOLE
                + "', count(distinct root), sum(n) from scoped group by field\n"
                + "union all select 'HOST', host, '" + WHOLE
                + "', count(distinct root), sum(n) from scoped group by host";
        Query q = scope.bind(em.createNativeQuery(sql)).setParameter("end", end);
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            String child = (String) r[2];
            if (child == null) {
                continue; // the unit's own entries: already in the whole unit's row
            }
            Figures f = byChild.computeIfAbsent(child, k -> new Figures());
            Summary.Running counts = new Summary.Running(number(r[3]), number(r[4]));
            switch ((String) r[0]) {
                case "ALL" -> f.running = counts;
                case "FIELD" -> f.byField.put((String) r[1], counts);
                default -> f.byHostType.put((String) r[1], counts);
            }
        }
    }

    /** Classes, missed reports and the indicators of the evaluations whose period ends in the report's. */
    private void evaluations(Scope scope, LocalDate from, LocalDate to, Map<String, Figures> byChild) {
        // first per commune (the evaluations of a whole country are summed in one pass), then the units joined
        StringBuilder sums = new StringBuilder();
        StringBuilder totals = new StringBuilder();
        int n = 0;
        for (Classification c : Classification.values()) {
            sums.append(", sum(case when e.outcome = 'CLASSIFIED' and e.final_classification = '")
                    .append(c.name())
                    .append("' then 1 else 0 end) as s")
                    .append(n++);
        }
        sums.append(", sum(case when e.outcome = 'MISSED' then 1 else 0 end) as s")
                .append(n++);
        for (String key : Indicators.KEYS) {
            sums.append(", sum(case when e.outcome in ('REPORTED', 'ASSESSED', 'CLASSIFIED') then coalesce(e.")
                    .append(column(key))
                    .append(", 0) else 0 end) as s")
                    .append(n++);
        }
        for (int i = 0; i < n; i++) {
            totals.append(", sum(s").append(i).append(')');
        }
        String sql = "with per_unit as (select m.unit_code as unit" + sums + " from model_evaluation e"
                + " join security_model m on m.code = e.model_code where e.period_to >= " + literal(from)
                + " and e.period_to <= "
                + literal(to) + " and "
                + scope.models() + " group by m.unit_code),\n"
                + "scoped as (select " + scope.child() + " as child, x.* from per_unit x " + UNITS_OF_X + " where "
                + scope.whereUnit() + ")\n"
                + "select child" + totals + " from scoped group by child";
        Query q = scope.bind(em.createNativeQuery(sql));
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            Figures f = byChild.computeIfAbsent(key(r[0]), k -> new Figures());
            int i = 1;
            for (Classification c : Classification.values()) {
                f.classification.merge(c.name(), number(r[i++]), Long::sum);
            }
            f.classification.merge(MISSED, number(r[i++]), Long::sum);
            for (String key : Indicators.KEYS) {
                f.indicators.merge(key, number(r[i++]), Long::sum);
            }
        }
    }

    private void retired(Scope scope, Instant start, Instant end, Map<String, Figures> byChild) {
        String sql =
                "select child, kind, count(*) from (select " + scope.child() + " as child, m.retired_kind as kind from "
                        + MODEL_UNITS + " where " + scope.where()
                        + " and m.status = 'RETIRED' and m.retired_at >= :start and m.retired_at < :end"
                        + " and m.retired_kind <> 'REGISTRY') x group by child, kind";
        Query q = scope.bind(em.createNativeQuery(sql))
                .setParameter("start", start)
                .setParameter("end", end);
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            byChild.computeIfAbsent(key(r[0]), k -> new Figures())
                    .retired
                    .merge((String) r[1], number(r[2]), Long::sum);
        }
    }

    /** Open tasks past due, under the unit their candidate group stands for (the group id is the unit code). */
    private void overdue(Scope scope, Map<String, Figures> byChild) {
        String sql = "with scoped as (select " + scope.child() + " as child, t.id_ as task from act_ru_task t"
                + " join act_ru_identitylink il on il.task_id_ = t.id_ and il.type_ = 'candidate'"
                + " join admin_unit c on c.code = il.group_id_ left join admin_unit p on p.code = c.parent_code"
                + " left join admin_unit g on g.code = p.parent_code"
                + " where t.due_date_ < :now and " + scope.whereUnit() + ")\n"
                + "select child, count(distinct task) from scoped group by child\n"
                + "union all select '" + WHOLE + "', count(distinct task) from scoped";
        Query q = scope.bindUnit(em.createNativeQuery(sql))
                .setParameter("now", new Timestamp(Clocks.now().toEpochMilli()));
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            if (r[0] != null) {
                byChild.computeIfAbsent((String) r[0], k -> new Figures()).overdue = number(r[1]);
            }
        }
    }

    /**
     * The codes of the models (and points) whose own processes have an open task past its due date,
     * in one province or ({@code null}) anywhere; at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public java.util.Set<String> modelsWithOverdueWork(String province, int limit) {
        String sql = "select distinct m.code from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
                + " join security_model m on m.code = e.business_key_ where t.due_date_ < :now"
                + (province == null ? "" : " and m.province_code = :province");
        Query q = em.createNativeQuery(sql)
                .setParameter("now", new Timestamp(Clocks.now().toEpochMilli()))
                .setMaxResults(limit);
        if (province != null) {
            q.setParameter("province", province);
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (Object code : q.getResultList()) {
            codes.add((String) code);
        }
        return codes;
    }

    static final String MISSED = "MISSED";

    /**
     * A day as an SQL literal. The period's days are written into the query, not bound: a prepared
     * statement reused with bound days gets PostgreSQL's generic plan, which takes any range of days for
     * a narrow one and probes the models once per evaluation of the whole country (0.3 s for a province
     * instead of 20 ms). The day is a {@link LocalDate}, so nothing but its ISO form can reach the SQL.
     */
    private static String literal(LocalDate day) {
        return "date '" + day + "'";
    }

    private static String key(Object child) {
        return child == null ? "" : (String) child; // "": the unit's own entries, in no child
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String column(String key) {
        return key.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    /** The asked unit: which child a row lies under, and whether it lies under the unit at all. */
    private record Scope(AdministrativeUnit unit, String province) {

        String child() {
            return unit == null
                    ? "case when c.parent_code is null then c.code when p.parent_code is null then p.code else g.code end"
                    : "case when c.parent_code = :u then c.code when p.parent_code = :u then p.code when g.parent_code = :u then g.code end";
        }

        /** For rows of models (m), whose province is indexed. */
        String where() {
            return unit == null ? "1 = 1" : models() + " and (" + whereUnit() + ")";
        }

        /** The models' own condition: their province (the unit's subtree is checked on the units joined later). */
        String models() {
            return unit == null ? "1 = 1" : "m.province_code = :province";
        }

        String whereUnit() {
            return unit == null
                    ? "1 = 1"
                    : "(c.code = :u or c.parent_code = :u or p.parent_code = :u or g.parent_code = :u)";
        }

        Query bind(Query q) {
            return unit == null ? q : q.setParameter("u", unit.getCode()).setParameter("province", province);
        }

        Query bindUnit(Query q) {
            return unit == null ? q : q.setParameter("u", unit.getCode());
        }
    }

    /** The figures of one group while they are read. */
    private static final class Figures {
        Summary.Running running = new Summary.Running(0, 0);
        final Map<String, Summary.Running> byField = new HashMap<>();
        final Map<String, Summary.Running> byHostType = new HashMap<>();
        final Map<String, Long> classification = new HashMap<>();
        final Map<String, Long> indicators = new HashMap<>();
        final Map<String, Long> retired = new HashMap<>();
        long overdue;

        void addAdditive(Figures f) {
            f.classification.forEach((k, v) -> classification.merge(k, v, Long::sum));
            f.indicators.forEach((k, v) -> indicators.merge(k, v, Long::sum));
            f.retired.forEach((k, v) -> retired.merge(k, v, Long::sum));
        }

        Summary summary(String code, String name, String level, LocalDate from, LocalDate to, List<Summary> children) {
            Map<String, Long> classes = new LinkedHashMap<>();
            for (Classification c : Classification.values()) {
                classes.put(c.name(), classification.getOrDefault(c.name(), 0L));
            }
            classes.put(MISSED, classification.getOrDefault(MISSED, 0L));
            Map<String, Long> sums = new LinkedHashMap<>();
            Indicators.KEYS.forEach(k -> sums.put(k, indicators.getOrDefault(k, 0L)));
            Map<String, Long> reasons = new LinkedHashMap<>();
            long count = 0;
            for (RetirementKind kind : List.of(RetirementKind.RULE, RetirementKind.REQUEST)) {
                long n = retired.getOrDefault(kind.name(), 0L);
                reasons.put(kind.name(), n);
                count += n;
            }
            return new Summary(
                    code,
                    name,
                    level,
                    from,
                    to,
                    running.models(),
                    running.points(),
                    every(ModelField.values(), byField),
                    every(HostType.values(), byHostType),
                    classes,
                    sums,
                    new Summary.Retired(count, reasons),
                    overdue,
                    children);
        }

        private static Map<String, Summary.Running> every(Enum<?>[] keys, Map<String, Summary.Running> counted) {
            Map<String, Summary.Running> all = new LinkedHashMap<>();
            for (Enum<?> key : keys) {
                all.put(key.name(), counted.getOrDefault(key.name(), new Summary.Running(0, 0)));
            }
            return all;
        }
    }
}

package vn.antq.models.support;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.models.evaluation.ModelLifecycles;
import vn.antq.models.security.UnitProvisioning;
import vn.antq.models.unit.UnitHierarchy;

/**
 * A national registry in bulk: one province with {@code districts} × {@code communesPerDistrict}
 * communes and {@code models} ACTIVE models spread over them, inserted with JDBC batches, each with
 * its first evaluation cycle opened through {@link ModelLifecycles} exactly as an approval opens it
 * (timer waiting, read grants, evaluation row). Codes: province {@code prefix}, districts
 * {@code prefix}D001…, communes {@code prefix}C00001…, models {@code prefix}-2026-000001….
 */
public final class BulkModels {

    static final int PER_TRANSACTION = 25;

    public final String province;
    private final JdbcTemplate jdbc;
    private final int districts;
    private final int communesPerDistrict;

    public BulkModels(JdbcTemplate jdbc, String prefix, int districts, int communesPerDistrict) {
        this.jdbc = jdbc;
        this.province = prefix;
        this.districts = districts;
        this.communesPerDistrict = communesPerDistrict;
    }

    /** A province on the post-2025 map: {@code communes} communes right under it, no district tier. */
    public static BulkModels withoutDistricts(JdbcTemplate jdbc, String prefix, int communes) {
        return new BulkModels(jdbc, prefix, 0, communes);
    }

    public int communes() {
        return districts == 0 ? communesPerDistrict : districts * communesPerDistrict;
    }

    public String commune(int i) {
        return "%sC%05d".formatted(province, i % communes() + 1);
    }

    public String modelCode(int i) {
        return "%s-2026-%06d".formatted(province, i + 1);
    }

    /** The province, its districts and communes (unit groups are named by code, as in production). */
    public void createUnits() {
        jdbc.update(
                "insert into admin_unit (code, name, search_name, level, parent_code, two_tier) values (?, ?, ?, 'PROVINCE', null, ?)",
                province,
                "Tỉnh đo tải " + province,
                "tinh do tai " + province.toLowerCase(),
                districts == 0);
        List<Object[]> rows = new ArrayList<>();
        for (int d = 1; d <= districts; d++) {
            String district = "%sD%03d".formatted(province, d);
            rows.add(new Object[] {district, "Huyện đo tải " + d, "huyen do tai " + d, "DISTRICT", province});
        }
        jdbc.batchUpdate(
                "insert into admin_unit (code, name, search_name, level, parent_code, two_tier) values (?, ?, ?, ?, ?, false)",
                rows);
        rows.clear();
        for (int c = 0; c < communes(); c++) {
            String parent = districts == 0 ? province : "%sD%03d".formatted(province, c / communesPerDistrict + 1);
            rows.add(new Object[] {commune(c), "Xã đo tải " + (c + 1), "xa do tai " + (c + 1), "COMMUNE", parent});
        }
        jdbc.batchUpdate(
                "insert into admin_unit (code, name, search_name, level, parent_code, two_tier) values (?, ?, ?, ?, ?, false)",
                rows);
    }

    /** Groups, Tasklist filters and grants of every unit, as an administrator's import provisions them. */
    public void provisionUnits(UnitProvisioning provisioning, UnitHierarchy units) {
        List<String> codes = jdbc.queryForList(
                "select code from admin_unit where code = ? or code like ?", String.class, province, province + "D%");
        codes.addAll(jdbc.queryForList("select code from admin_unit where code like ?", String.class, province + "C%"));
        provisioning.provision(units.get(province)); // the global grants first, once
        codes.parallelStream().forEach(code -> provisioning.provision(units.get(code)));
    }

    /** A login in the unit's group (password demo), created once. */
    public static String official(IdentityService identity, String login, String unitCode) {
        if (identity.createUserQuery().userId(login).count() == 0) {
            User u = identity.newUser(login);
            u.setFirstName("Cán bộ");
            u.setLastName(unitCode);
            u.setPassword("demo");
            identity.saveUser(u);
            identity.createMembership(login, unitCode);
        }
        return login;
    }

    /** {@code count} ACTIVE models numbered from {@code from}, approved {@code activatedAt}. */
    public void insertModels(int from, int count, Instant activatedAt) {
        String sql = """
        insert into security_model (code, name, search_name, field, host_type, decision_no, founded_on, leader_name,
          leader_phone, members, goals, activities, funding, unit_code, province_code, status, proposed_by, proposed_at,
          activated_at, version)
        values (?, ?, ?, 'RESIDENTIAL', 'RESIDENTIAL_AREA', ?, ?, 'Nguyễn Văn An', '0912345678', 12, ?, ?, null, ?, ?,
          'ACTIVE', 'bulk', ?, ?, 0)""";
        Timestamp activated = Timestamp.from(activatedAt);
        Timestamp proposed = Timestamp.from(activatedAt.minus(30, ChronoUnit.DAYS));
        Date founded = Date.valueOf(LocalDate.of(2025, 1, 15));
        int batch = 1000;
        for (int start = from; start < from + count; start += batch) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = start; i < Math.min(from + count, start + batch); i++) {
                rows.add(new Object[] {
                    modelCode(i),
                    "Tổ tự quản an ninh trật tự số " + (i + 1),
                    "to tu quan an ninh trat tu so " + (i + 1),
                    "QĐ " + (i + 1) + "/QĐ-UBND",
                    founded,
                    "Giữ gìn an ninh trật tự địa bàn dân cư.",
                    "Tuần tra, tuyên truyền, nắm tình hình.",
                    commune(i),
                    province,
                    proposed,
                    activated
                });
            }
            jdbc.batchUpdate(sql, rows);
        }
    }

    /** Opens the first evaluation cycle of models {@code from}…{@code from+count-1} on {@code threads} threads. */
    public void startCycles(ModelLifecycles lifecycles, int from, int count, int threads) throws Exception {
        startCycles(lifecycles, null, from, count, threads);
    }

    /** The same, {@value #PER_TRANSACTION} cycles to a transaction when a transaction manager is given. */
    public void startCycles(ModelLifecycles lifecycles, PlatformTransactionManager tx, int from, int count, int threads)
            throws Exception {
        AtomicInteger next = new AtomicInteger(from);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        TransactionTemplate batch = tx == null ? null : new TransactionTemplate(tx);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int first;
                    while ((first = next.getAndAdd(PER_TRANSACTION)) < from + count) {
                        int last = Math.min(from + count, first + PER_TRANSACTION);
                        int start = first;
                        if (batch == null) {
                            for (int i = start; i < last; i++) {
                                lifecycles.startCycle(modelCode(i));
                            }
                        } else {
                            batch.executeWithoutResult(status -> {
                                for (int i = start; i < last; i++) {
                                    lifecycles.startCycle(modelCode(i));
                                }
                            });
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get(2, TimeUnit.HOURS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every waiting "evaluation due" timer of this province's models falls due now: the storm. */
    public int evaluationsFallDueNow(int from, int count) {
        return jdbc.update("""
        update act_ru_job j set duedate_ = now() - interval '1 second'
        from act_ru_execution e
        where j.process_instance_id_ = e.id_ and e.business_key_ between ? and ?
          and j.process_def_key_ = 'model-lifecycle' and j.handler_type_ = 'timer-intermediate-transition'""", modelCode(from), modelCode(from + count - 1));
    }

    /** Report tasks of any model: a cheap count to poll while a storm drains. */
    public long allReportTasks() {
        return jdbc.queryForObject(
                "select count(*) from act_ru_task where task_def_key_ = 'ReportByCommune'", Long.class);
    }

    /** Report tasks that exist for this province's models, and the models that have more than one. */
    public long reportTasks() {
        return jdbc.queryForObject("""
        select count(*) from act_ru_task t join act_ru_execution e on t.proc_inst_id_ = e.id_
        where t.task_def_key_ = 'ReportByCommune' and e.business_key_ like ?""", Long.class, province + "-%");
    }

    public long modelsWithDuplicateReportTasks() {
        return jdbc.queryForObject("""
        select count(*) from (select e.business_key_ from act_ru_task t join act_ru_execution e on t.proc_inst_id_ = e.id_
        where t.task_def_key_ = 'ReportByCommune' and e.business_key_ like ? group by e.business_key_ having count(*) > 1) d""", Long.class, province + "-%");
    }
}

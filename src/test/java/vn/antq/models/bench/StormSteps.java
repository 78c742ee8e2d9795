package vn.antq.models.bench;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.models.cluster.SecondNode;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.evaluation.ModelLifecycles;
import vn.antq.models.security.UnitProvisioning;
import vn.antq.models.support.BulkModels;
import vn.antq.models.support.Models;
import vn.antq.models.support.Rest;
import vn.antq.models.unit.UnitHierarchy;

/**
 * The national load: {@code models} active models in 3,000 communes whose yearly evaluations fall
 * due at once, drained by the application's own job executor; Tasklist's and the registry's queries
 * over the result; and history cleanup of finished cycles.
 */
final class StormSteps {

    static final String BARE_TIMER = "bench-bare-timer";
    static final String PROVINCE_LOGIN = "benchprovince";
    static final String NODE_A = "bench-node-a";
    static final String NODE_B = "bench-node-b";

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final ModelLifecycles lifecycles;
    private final PlatformTransactionManager tx;
    private final int port;
    private final UnitProvisioning provisioning;
    private final UnitHierarchy units;
    private final Map<String, String> filterOfGroup = new java.util.concurrent.ConcurrentHashMap<>();
    final BulkModels bulk;
    private int models;
    /** Rows the database wrote while the storm ran, and each table's count before it. */
    long stormRowsWritten;

    Map<String, Long> stormRowsBefore;
    /** Rows the database wrote while the bare timer storm ran. */
    long bareTimerRowsWritten;

    StormSteps(ConfigurableApplicationContext app) {
        this.engine = app.getBean(ProcessEngine.class);
        this.jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        this.lifecycles = app.getBean(ModelLifecycles.class);
        this.tx = app.getBean(PlatformTransactionManager.class);
        this.port = ((WebServerApplicationContext) app).getWebServer().getPort();
        this.provisioning = app.getBean(UnitProvisioning.class);
        this.units = app.getBean(UnitHierarchy.class);
        this.bulk = new BulkModels(jdbc, "BM", 30, 100);
    }

    private JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }

    /** 3,000 communes in 30 districts of one province, each with its group, grants and Tasklist filter. */
    double provisionUnits() {
        long start = System.nanoTime();
        bulk.createUnits();
        bulk.provisionUnits(provisioning, units);
        return (System.nanoTime() - start) / 1e9;
    }

    /** Registry rows in batches, then every model's first cycle opened through the application. */
    double setUp(int models, int threads) throws Exception {
        this.models = models;
        long start = System.nanoTime();
        bulk.insertModels(0, models, Instant.now());
        bulk.startCycles(lifecycles, tx, 0, models, threads);
        BulkModels.official(engine.getIdentityService(), PROVINCE_LOGIN, bulk.province);
        for (Filter f : engine.getFilterService().createTaskFilterQuery().list()) {
            String group = ((TaskQueryImpl) f.getQuery()).getCandidateGroup();
            if (group != null) {
                filterOfGroup.put(group, f.getId());
            }
        }
        return models / ((System.nanoTime() - start) / 1e9);
    }

    /** The evaluations of {@code models} models fall due now; seconds until every report task exists. */
    double timerStorm(int from, int models, BenchSteps steps) {
        // read the database's counters before any job falls due: the job executor is running, and its
        // work must be inside both the clock and the count (each job's due-date update is one row of it)
        long[] before = steps.databaseWork();
        stormRowsBefore = steps.rowsWrittenByTable();
        long start = System.nanoTime();
        bulk.evaluationsFallDueNow(from, models);
        jobExecutor().start();
        waitFor(() -> bulk.allReportTasks(), from + models, Duration.ofHours(2));
        double seconds = (System.nanoTime() - start) / 1e9;
        stormRowsWritten = steps.databaseWork()[0] - before[0];
        return seconds;
    }

    /**
     * Two nodes, one database: {@code count} more models (numbered from {@code from}) get their first
     * cycle, a second application instance starts on the same database, and their evaluations fall
     * due at once. Returns the seconds until every report task exists and each node's share of the
     * timer runs.
     */
    TwoNodeStorm twoNodeStorm(int from, int count, int threads, String url, String user, String password)
            throws Exception {
        bulk.insertModels(from, count, Instant.now());
        bulk.startCycles(lifecycles, tx, from, count, threads);
        try (SecondNode nodeB = SecondNode.start(
                Path.of("target/bench/node-b.log"),
                List.of("-Xmx512m"),
                List.of(
                        "--spring.profiles.active=demo",
                        "--antq.demo.registry=false",
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--logging.level.root=WARN",
                        "--logging.level.vn.antq.models.AntqModelsApplication=INFO",
                        "--antq.reminders.drop-folder=target/bench/mail-b",
                        "--camunda.bpm.generic-properties.properties.hostname=" + NODE_B))) {
            nodeB.awaitStarted(Duration.ofMinutes(5));
            Map<String, Long> before = evaluationRunsByNode();
            long start = System.nanoTime();
            bulk.evaluationsFallDueNow(from, count);
            jobExecutor().start();
            waitFor(() -> bulk.allReportTasks(), (long) from + count, Duration.ofHours(1));
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Long> runs = evaluationRunsByNode();
            before.forEach((node, n) -> runs.merge(node, -n, Long::sum));
            return new TwoNodeStorm(seconds, runs);
        }
    }

    private Map<String, Long> evaluationRunsByNode() {
        Map<String, Long> runs = new java.util.TreeMap<>();
        jdbc.query("""
        select hostname_, count(*) from act_hi_job_log
        where process_def_key_ = 'model-lifecycle' and act_id_ = 'EvaluationDue' and job_state_ = 2
        group by hostname_""", rs -> {
            runs.put(rs.getString(1), rs.getLong(2));
        });
        return runs;
    }

    record TwoNodeStorm(double seconds, Map<String, Long> runsByNode) {}

    /** The same number of minimal timer → user task instances, drained by the same job executor. */
    double bareTimerStorm(int instances, int threads, BenchSteps steps) throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess(BARE_TIMER)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .intermediateCatchEvent("Wait")
                .timerWithDate("${due}")
                .userTask("Work")
                .camundaCandidateGroups("BENCH-BARE")
                .endEvent()
                .done();
        engine.getRepositoryService()
                .createDeployment()
                .name(BARE_TIMER)
                .addModelInstance(BARE_TIMER + ".bpmn", model)
                .enableDuplicateFiltering(true)
                .deploy();
        Date later = Date.from(Instant.now().plus(Duration.ofDays(365)));
        TransactionTemplate batch = new TransactionTemplate(tx);
        int perTransaction = 25;
        Benchmark.perSecond(
                threads,
                (instances + perTransaction - 1) / perTransaction,
                b -> batch.executeWithoutResult(s -> {
                    for (int i = b * perTransaction; i < Math.min(instances, (b + 1) * perTransaction); i++) {
                        engine.getRuntimeService()
                                .startProcessInstanceByKey(BARE_TIMER, "BARE-TIMER-" + i, Map.of("due", later));
                    }
                }));
        long[] before = steps.databaseWork();
        long start = System.nanoTime();
        jdbc.update(
                "update act_ru_job set duedate_ = now() - interval '1 second' where process_def_key_ = ?", BARE_TIMER);
        jobExecutor().start();
        waitFor(
                () -> jdbc.queryForObject("select count(*) from act_ru_task where task_def_key_ = 'Work'", Long.class),
                instances,
                Duration.ofHours(2));
        double seconds = (System.nanoTime() - start) / 1e9;
        bareTimerRowsWritten = steps.databaseWork()[0] - before[0];
        return seconds;
    }

    void stopJobExecutor() {
        jobExecutor().shutdown();
    }

    long models() {
        return jdbc.queryForObject("select count(*) from security_model", Long.class);
    }

    long openTasks() {
        return engine.getTaskService().createTaskQuery().count();
    }

    /**
     * Tasklist's own query for a commune official: the unit's filter ("Việc của …", candidate group),
     * newest first, the first page, with the official's authorizations applied. Milliseconds, sorted.
     */
    double[] taskQueryMillis(int queries, int threads) throws Exception {
        double[] millis = new double[queries];
        Benchmark.perSecond(threads, queries, i -> {
            String group = bulk.commune(ThreadLocalRandom.current().nextInt(Math.min(models, bulk.communes())));
            engine.getIdentityService().setAuthentication("bench" + group, List.of(group));
            try {
                long t0 = System.nanoTime();
                List<Task> page = engine.getFilterService()
                        .listPage(
                                filterOfGroup.get(group),
                                engine.getTaskService()
                                        .createTaskQuery()
                                        .orderByTaskCreateTime()
                                        .desc(),
                                0,
                                15);
                millis[i] = (System.nanoTime() - t0) / 1e6;
                if (page.isEmpty()) {
                    throw new IllegalStateException("No task for " + group);
                }
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        });
        Arrays.sort(millis);
        return millis;
    }

    /** The registry's list (with its count) as the province official pages through it over HTTP. */
    double[] reportQueryMillis(int queries, int threads) throws Exception {
        Rest rest = new Rest(port);
        String[] queriesByKind = {
            "/api/models?page=%d&size=20",
            "/api/models?status=ACTIVE&page=%d&size=20",
            "/api/models?unit=BMD0%02d&page=0&size=20",
            "/api/models?q=so%%20%d&size=20"
        };
        double[] millis = new double[queries];
        Benchmark.perSecond(threads, queries, i -> {
            int n = ThreadLocalRandom.current().nextInt(1, 30);
            String path = queriesByKind[i % queriesByKind.length].formatted(n);
            long t0 = System.nanoTime();
            Rest.Response r = rest.get(PROVINCE_LOGIN, path);
            millis[i] = (System.nanoTime() - t0) / 1e6;
            if (r.status() != 200) {
                throw new IllegalStateException(path + " → " + r.status() + " " + r.body());
            }
        });
        Arrays.sort(millis);
        return millis;
    }

    /**
     * Finished cycles are removed by history cleanup once their time to live has passed: {@code cycles}
     * reported evaluations are classified (the cycle ends, the next one opens), then the clock moves past
     * the time to live and the engine's cleanup job runs. Returns the finished cycles before and after.
     */
    long[] historyCleanup(int cycles) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < cycles; i++) {
            codes.add(bulk.modelCode(i));
        }
        for (String code : codes) {
            finishCycle(code);
        }
        long before = finishedCycles();
        stopJobExecutor();
        try {
            Models.setClock(java.time.LocalDateTime.now().plusYears(5).plusDays(2));
            String jobId = engine.getHistoryService().cleanUpHistoryAsync(true).getId();
            for (int round = 0; round < 10_000 && finishedCycles() > 0; round++) {
                Job job = engine.getManagementService()
                        .createJobQuery()
                        .jobId(jobId)
                        .singleResult();
                if (job == null) {
                    break;
                }
                engine.getManagementService().executeJob(jobId);
            }
        } finally {
            ClockUtil.reset();
        }
        return new long[] {before, finishedCycles()};
    }

    private long finishedCycles() {
        return engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.LIFECYCLE)
                .finished()
                .count();
    }

    /** The commune reports, the district agrees, the province classifies: the cycle ends. */
    private void finishCycle(String code) {
        String commune = jdbc.queryForObject("select unit_code from security_model where code = ?", String.class, code);
        String district =
                jdbc.queryForObject("select parent_code from admin_unit where code = ?", String.class, commune);
        submit(code, "ReportByCommune", commune, Models.reportFor("GOOD"));
        submit(code, "AssessByDistrict", district, Map.of("proposedClassification", "GOOD"));
        submit(code, "ClassifyByProvince", bulk.province, Map.of("classification", "GOOD"));
    }

    private void submit(String code, String taskKey, String group, Map<String, Object> form) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(code)
                .taskDefinitionKey(taskKey)
                .singleResult();
        String login = BulkModels.official(engine.getIdentityService(), "bench" + group, group);
        engine.getIdentityService().setAuthentication(login, List.of(group));
        try {
            engine.getFormService().submitTaskForm(task.getId(), form);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /**
     * Until {@code count} reaches {@code expected}: the job executor drains a storm in wall time, which
     * is what is measured. The count is the benchmark's own load on the database, so it is asked seldom.
     */
    static void waitFor(LongSupplier count, long expected, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofSeconds(1)).until(() -> count.getAsLong() >= expected);
    }

    static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}

package vn.antq.models.bench;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.support.Proposals;

/** The measured steps; each drives the same API calls Tasklist makes. */
final class BenchSteps {

    static final String BARE = "bench-bare-path";

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;

    BenchSteps(ConfigurableApplicationContext app) {
        this.engine = app.getBean(ProcessEngine.class);
        this.jdbc = new JdbcTemplate(app.getBean(DataSource.class));
    }

    /**
     * Rows the database wrote (inserted, updated, deleted) since the server started, from
     * PostgreSQL's own statistics: the work behind each path, beside its speed.
     */
    long[] databaseWork() {
        // backends publish their counters within a second of going idle: read until two readings agree
        long[] last = {-1};
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(1100))
                .until(() -> {
                    long now = rowsWritten();
                    boolean settled = now == last[0];
                    last[0] = now;
                    return settled;
                });
        return last;
    }

    /** Rows written per table (inserted, updated, deleted) since the server started; read after {@link #databaseWork()}. */
    Map<String, Long> rowsWrittenByTable() {
        Map<String, Long> rows = new java.util.TreeMap<>();
        jdbc.query("select relname, n_tup_ins + n_tup_upd + n_tup_del from pg_stat_user_tables", rs -> {
            rows.put(rs.getString(1), rs.getLong(2));
        });
        return rows;
    }

    /** Per unit of work (a path, a storm job), the tables that {@code after} wrote more rows to than {@code before}, most first. */
    static Map<String, Double> rowsPer(Map<String, Long> before, Map<String, Long> after, int units) {
        Map<String, Double> perUnit = new java.util.LinkedHashMap<>();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> perUnit.put(e.getKey(), Math.round(e.getValue() * 100.0 / units) / 100.0));
        return perUnit;
    }

    private long rowsWritten() {
        return jdbc.queryForObject("""
        select tup_inserted + tup_updated + tup_deleted from pg_stat_database
        where datname = current_database()""", Long.class);
    }

    /** Small JDBC transactions on the same database: the ceiling of everything else. */
    double pgCommitsPerSec(int threads, int commits) throws Exception {
        jdbc.execute("create table if not exists bench_commit (id bigint primary key, v varchar(40))");
        jdbc.execute("truncate bench_commit");
        DataSource ds = jdbc.getDataSource();
        return Benchmark.perSecond(threads, commits, i -> {
            try (var c = ds.getConnection()) {
                c.setAutoCommit(false);
                try (var ps = c.prepareStatement("insert into bench_commit (id, v) values (?, ?)")) {
                    ps.setLong(1, i);
                    ps.setString(2, "commit " + i);
                    ps.executeUpdate();
                }
                c.commit();
            }
        });
    }

    /** start → two user tasks → end, no listeners, no authorization: the engine's own ceiling. */
    double bareEnginePathPerSec(int threads, int paths) throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess(BARE)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("First")
                .camundaCandidateGroups("QB01")
                .userTask("Second")
                .camundaCandidateGroups("QB")
                .endEvent()
                .done();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(BARE + ".bpmn", model)
                .enableDuplicateFiltering(true)
                .deploy();
        return Benchmark.perSecond(threads, paths, i -> {
            String pi = engine.getRuntimeService()
                    .startProcessInstanceByKey(BARE, "BARE-" + i)
                    .getId();
            for (int step = 0; step < 2; step++) {
                Task task = engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(pi)
                        .singleResult();
                engine.getTaskService().complete(task.getId());
            }
        });
    }

    /** The real model-proposal path as the three officials walk it, ending in an ACTIVE model with its first cycle scheduled. */
    double proposalPathPerSec(int threads, int paths) throws Exception {
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-proposal")
                .latestVersion()
                .singleResult()
                .getId();
        Map<String, java.util.List<String>> groups = Map.of(
                "commune1",
                groupsOf("commune1"),
                "district1",
                groupsOf("district1"),
                "province1",
                groupsOf("province1"));
        return Benchmark.perSecond(threads, paths, i -> {
            String pi = as(
                    "commune1",
                    groups,
                    () -> engine.getFormService()
                            .submitStartForm(definitionId, Proposals.valid("Mô hình đo tải " + i))
                            .getId());
            for (String official : new String[] {"district1", "province1"}) {
                Task task = engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(pi)
                        .singleResult();
                as(official, groups, () -> {
                    engine.getFormService().submitTaskForm(task.getId(), Proposals.decision("approve", null));
                    return null;
                });
            }
        });
    }

    private java.util.List<String> groupsOf(String login) {
        return engine.getIdentityService().createGroupQuery().groupMember(login).list().stream()
                .map(Group::getId)
                .toList();
    }

    private <T> T as(String login, Map<String, java.util.List<String>> groups, java.util.concurrent.Callable<T> work)
            throws Exception {
        engine.getIdentityService().setAuthentication(login, groups.get(login));
        try {
            return work.call();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}

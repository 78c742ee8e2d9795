package vn.antq.models.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.AntqModelsApplication;
import vn.antq.models.evaluation.ModelLifecycles;
import vn.antq.models.support.BulkModels;

/**
 * Two instances of the application on one PostgreSQL share the yearly-evaluation timer storm, and
 * one of them dies in the middle of it: every model still gets exactly one report task and one
 * evaluation row, both nodes did part of the work, and the survivor takes over the jobs the dead
 * node had locked once their lock expires. Node A runs in the test JVM, node B in a JVM of its own
 * (output in target/two-node/node-b.log).
 */
class TwoNodeStormTest {

    static final int MODELS = 400;
    /** Short, so that the jobs a killed node had locked come back within seconds (default 5 min). */
    static final int LOCK_TIME_MS = 10_000;

    static final Path NODE_B_LOG = Path.of("target/two-node/node-b.log");

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext nodeA;
    static SecondNode nodeB;

    @AfterAll
    static void stop() throws Exception {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void bothNodesShareTheStormAndTheSurvivorFinishesWhatTheKilledNodeHeld() throws Exception {
        long testStart = System.nanoTime();
        postgres = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "off")
                .start();
        // A first: on the empty database it creates the schemas and the one deployment; B then finds
        // them and, deploying changed resources only, deploys nothing.
        nodeA = new SpringApplicationBuilder(AntqModelsApplication.class)
                .registerShutdownHook(false)
                .run(nodeArgs("node-a").toArray(String[]::new));
        double nodeAStarted = seconds(testStart);
        nodeB = SecondNode.start(NODE_B_LOG, nodeArgs("node-b"));

        // The registry is loaded through node A while node B boots: nothing falls due before the storm.
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        BulkModels bulk = new BulkModels(jdbc, "TN", 3, 20);
        bulk.createUnits();
        bulk.insertModels(0, MODELS, Instant.now());
        bulk.startCycles(nodeA.getBean(ModelLifecycles.class), 0, MODELS, 2);
        double loaded = seconds(testStart);
        nodeB.awaitStarted(Duration.ofSeconds(180));
        double nodeBStarted = seconds(testStart);
        assertThat(jdbc.queryForObject("select count(*) from act_re_deployment", Long.class))
                .as("one deployment: node B deployed nothing")
                .isEqualTo(1);

        EvaluationTimers timers = new EvaluationTimers(jdbc, bulk.province);
        long stormStart = System.nanoTime();
        assertThat(bulk.evaluationsFallDueNow(0, MODELS)).isEqualTo(MODELS);

        // Mid-storm: B has committed some evaluations, then it is killed with jobs still locked.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> timers.doneBy("node-b") >= 20);
        nodeB.kill();
        double killedAfter = seconds(stormStart);
        long doneByBAtKill = timers.doneBy("node-b");
        long reportsAtKill = bulk.reportTasks();
        String lockOwnerA = nodeA.getBean(ProcessEngineConfigurationImpl.class)
                .getJobExecutor()
                .getLockOwner();
        List<String> orphaned = timers.lockedByAnotherThan(lockOwnerA);
        assertThat(reportsAtKill)
                .as("node B was killed before the storm was over")
                .isLessThan(MODELS);
        assertThat(orphaned)
                .as("node B died holding locks on timers it had not finished")
                .isNotEmpty();

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> bulk.reportTasks() == MODELS);
        double stormSeconds = seconds(stormStart);

        // Every evaluation opened exactly once.
        assertThat(bulk.reportTasks()).isEqualTo(MODELS);
        assertThat(bulk.modelsWithDuplicateReportTasks()).isZero();
        assertThat(jdbc.queryForList("""
        select model_code from model_evaluation where model_code like 'TN-%'
        group by model_code having count(*) <> 1 or min(cycle_no) <> 1""", String.class)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from model_evaluation where model_code like 'TN-%' and cycle_no = 1",
                        Long.class))
                .isEqualTo(MODELS);

        // Both nodes took part; B did nothing after its death; A finished the rest, B's locked jobs included.
        Map<String, Long> doneByHost = timers.doneByHost();
        long doneByA = doneByHost.getOrDefault("node-a", 0L);
        long doneByB = doneByHost.getOrDefault("node-b", 0L);
        assertThat(doneByHost.keySet()).containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(doneByB).isEqualTo(doneByBAtKill);
        assertThat(doneByA + doneByB).as("one successful run per timer").isEqualTo(MODELS);
        assertThat(timers.distinctJobsDone()).isEqualTo(MODELS);
        assertThat(doneByA).as("node A ran everything left when B died").isGreaterThanOrEqualTo(MODELS - reportsAtKill);
        assertThat(timers.hostsThatRan(orphaned)).hasSize(orphaned.size()).containsOnly("node-a");

        // Nothing went wrong on the way: no failed run, no incident, no lifecycle timer left due.
        assertThat(timers.failures()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Long.class))
                .isZero();
        assertThat(timers.lifecycleJobsDue()).isZero();

        System.out.printf(
                "Two-node storm: %d evaluations in %.1f s; node-b ran %d and was killed after %.1f s "
                        + "(%d reports open) holding %d locked timers; node-a ran %d, the %d orphaned ones included "
                        + "(node A up at %.1f s, registry loaded at %.1f s, node B up at %.1f s)%n",
                MODELS,
                stormSeconds,
                doneByB,
                killedAfter,
                reportsAtKill,
                orphaned.size(),
                doneByA,
                orphaned.size(),
                nodeAStarted,
                loaded,
                nodeBStarted);
    }

    static List<String> nodeArgs(String hostname) {
        return new ArrayList<>(List.of(
                "--spring.profiles.active=demo",
                "--antq.demo.registry=false",
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MS,
                // an idle node looks for due jobs every second, so both join the storm at once
                "--camunda.bpm.job-execution.max-wait=1000",
                // written by the engine into ACT_HI_JOB_LOG.HOSTNAME_: who ran which job
                "--camunda.bpm.generic-properties.properties.hostname=" + hostname,
                "--antq.reminders.drop-folder=target/two-node-mail-" + hostname.substring(hostname.length() - 1)));
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

package vn.antq.models.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.evaluation.ModelLifecycles;
import vn.antq.models.security.OfficialService;
import vn.antq.models.security.UnitProvisioning;
import vn.antq.models.support.BulkModels;
import vn.antq.models.support.Models;
import vn.antq.models.unit.UnitHierarchy;
import vn.antq.models.yearend.WaitingClassifications;
import vn.antq.models.yearend.YearEndRow;
import vn.antq.models.yearend.YearEndSittings;

/**
 * "Xếp loại cuối năm" at a province's scale: {@code waiting} evaluations of a province without a
 * district tier reported and waiting for its class, the list's first page and the whole list's
 * light form (what the form loads when it opens) timed over HTTP as the province's official, then
 * one sitting that classifies them all, timed until the last row is recorded by the job executor.
 */
final class YearEndSteps {

    static final String PROVINCE_LOGIN = "benchtinh";
    private static final int COMMUNES = 20;

    private final ConfigurableApplicationContext app;
    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final BulkModels bulk;

    YearEndSteps(ConfigurableApplicationContext app) {
        this.app = app;
        this.engine = app.getBean(ProcessEngine.class);
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        this.bulk = BulkModels.withoutDistricts(jdbc, "YB", COMMUNES);
    }

    /** Seeds {@code waiting} reported evaluations; returns the seconds it took. */
    double seed(int waiting, int threads) throws Exception {
        long start = System.nanoTime();
        bulk.createUnits();
        bulk.provisionUnits(app.getBean(UnitProvisioning.class), app.getBean(UnitHierarchy.class));
        BulkModels.official(engine.getIdentityService(), PROVINCE_LOGIN, bulk.province);
        for (int c = 0; c < COMMUNES; c++) {
            BulkModels.official(engine.getIdentityService(), "benchxa" + c, bulk.commune(c));
        }
        bulk.insertModels(0, waiting, Instant.now().minus(Duration.ofDays(400)));
        bulk.startCycles(app.getBean(ModelLifecycles.class), 0, waiting, threads);
        bulk.evaluationsFallDueNow(0, waiting);
        StormSteps.waitFor(this::reportTasks, waiting, Duration.ofMinutes(20));
        List<Task> tasks = engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey(ProcessIds.REPORT_BY_COMMUNE)
                .processInstanceBusinessKeyLike("YB-%")
                .list();
        Map<String, String> modelOf = new java.util.HashMap<>();
        engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKeyLike("YB-%")
                .list()
                .forEach(p -> modelOf.put(p.getId(), p.getBusinessKey()));
        String[] classes = {"EXCELLENT", "GOOD", "AVERAGE", "WEAK"};
        Benchmark.perSecond(threads, tasks.size(), i -> {
            Task t = tasks.get(i);
            String code = modelOf.get(t.getProcessInstanceId());
            int model = Integer.parseInt(code.substring(code.lastIndexOf('-') + 1)) - 1;
            engine.getIdentityService().setAuthentication("benchxa" + (model % COMMUNES), List.of(bulk.commune(model)));
            try {
                engine.getFormService().submitTaskForm(t.getId(), Models.reportFor(classes[model % 4]));
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        });
        return (System.nanoTime() - start) / 1e9;
    }

    private long reportTasks() {
        return jdbc.queryForObject("""
                select count(*) from act_ru_task t join act_ru_execution e on t.proc_inst_id_ = e.id_
                where t.task_def_key_ = 'ReportByCommune' and e.business_key_ like 'YB-%'""", Long.class);
    }

    /** Milliseconds of {@code n} GETs of {@code path} as the province's official, sorted, after a few unmeasured. */
    double[] millis(String path, int n) throws Exception {
        for (int i = 0; i < 3; i++) {
            get(path);
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            get(path);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    /** One sitting over every waiting row, as the rule proposes; the seconds until the last row is recorded. */
    double sitting(int waiting) throws Exception {
        OfficialService officials = app.getBean(OfficialService.class);
        YearEndSittings sittings = app.getBean(YearEndSittings.class);
        var official = officials.byLogin(PROVINCE_LOGIN);
        List<WaitingClassifications.Row> rows =
                app.getBean(WaitingClassifications.class).of(official);
        if (rows.size() != waiting) {
            throw new IllegalStateException(rows.size() + " rows waiting, expected " + waiting);
        }
        String definition = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(ProcessIds.YEAR_END)
                .latestVersion()
                .singleResult()
                .getId();
        engine.getIdentityService().setAuthentication(PROVINCE_LOGIN, official.groupIds());
        long start;
        String instance;
        try {
            instance = engine.getFormService()
                    .submitStartForm(definition, Map.of())
                    .getId();
            List<YearEndSittings.Choice> choices = new ArrayList<>();
            rows.forEach(r -> choices.add(
                    new YearEndSittings.Choice(r.taskId(), r.proposal().name(), null)));
            sittings.saveDrafts(official, instance, choices);
            Task list = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceId(instance)
                    .singleResult();
            start = System.nanoTime();
            engine.getFormService().submitTaskForm(list.getId(), Map.of());
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        StormSteps.waitFor(
                () -> sittings.outcome(instance).counts().get(YearEndRow.Status.DONE), waiting, Duration.ofMinutes(30));
        return (System.nanoTime() - start) / 1e9;
    }

    private void get(String path) throws Exception {
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (PROVINCE_LOGIN + ":demo").getBytes(StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
    }
}

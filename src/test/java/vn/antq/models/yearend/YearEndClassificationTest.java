package vn.antq.models.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.evaluation.ModelLifecycles;
import vn.antq.models.model.Classification;
import vn.antq.models.security.OfficialService;
import vn.antq.models.security.UnitProvisioning;
import vn.antq.models.support.Acting;
import vn.antq.models.support.BulkModels;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.unit.UnitHierarchy;

/**
 * A province without a district tier classifies 500 waiting evaluations in one sitting of "Xếp loại
 * cuối năm": 495 accepted as the rule proposes, 5 changed, one of them without a reason. Each row is
 * completed through the engine as the province's official, with the same checks as one done alone.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearEndClassificationTest {

    static final int MODELS = 500;
    static final int COMMUNES = 10;
    static final String PROVINCE_LOGIN = "yetinh";
    static final String[] RULE = {"EXCELLENT", "GOOD", "AVERAGE", "WEAK"};

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ModelLifecycles lifecycles;

    @Autowired
    UnitProvisioning provisioning;

    @Autowired
    UnitHierarchy units;

    @Autowired
    WaitingClassifications waiting;

    @Autowired
    YearEndSittings sittings;

    @Autowired
    OfficialService officials;

    BulkModels bulk;
    Acting acting;

    @BeforeAll
    void fiveHundredEvaluationsWaitForTheProvince() throws Exception {
        acting = new Acting(engine);
        bulk = BulkModels.withoutDistricts(jdbc, "YE", COMMUNES);
        bulk.createUnits();
        bulk.provisionUnits(provisioning, units);
        BulkModels.official(engine.getIdentityService(), PROVINCE_LOGIN, bulk.province);
        for (int c = 0; c < COMMUNES; c++) {
            BulkModels.official(engine.getIdentityService(), communeLogin(c), bulk.commune(c));
        }
        bulk.insertModels(0, MODELS, Instant.now().minusSeconds(400L * 86400));
        bulk.startCycles(lifecycles, 0, MODELS, 2);
        // models 0 and 1 were classified Yếu last year: a second Yếu retires them
        fallDueAndReport(0, 2, i -> "WEAK");
        for (int i = 0; i < 2; i++) {
            submit(
                    PROVINCE_LOGIN,
                    task(bulk.modelCode(i), ProcessIds.CLASSIFY_BY_PROVINCE),
                    Map.of("classification", "WEAK"));
        }
        fallDueAndReport(0, MODELS, i -> i < 2 ? "WEAK" : RULE[i % 4]);
    }

    @Test
    void fiveHundredRowsInOneSubmissionEachWithTheRulesOfOneDoneAlone() {
        List<WaitingClassifications.Row> rows = waiting.of(officials.byLogin(PROVINCE_LOGIN));
        assertThat(rows).hasSize(MODELS);
        assertThat(rows).allSatisfy(r -> assertThat(r.proposal()).isEqualTo(r.rule()));

        ProcessInstance sitting =
                acting.as(PROVINCE_LOGIN, () -> engine.getFormService().submitStartForm(definition(), Map.of()));
        Task list = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(sitting.getId())
                .singleResult();
        assertThat(list.getTaskDefinitionKey()).isEqualTo(ProcessIds.CLASSIFY_WAITING);
        assertThat(list.getAssignee()).isEqualTo(PROVINCE_LOGIN);
        // nothing chosen yet: the list cannot be submitted
        Throwable empty = catchThrowable(() -> submit(PROVINCE_LOGIN, list.getId(), Map.of()));
        assertThat(empty).hasMessageContaining("(decisionCount)");

        // 495 rows as the rule proposes, five changed: four with a reason, one without
        Map<String, Classification> expected = new HashMap<>();
        List<YearEndSittings.Choice> choices = new ArrayList<>();
        String unreasoned = null;
        for (WaitingClassifications.Row r : rows) {
            int i = index(r.modelCode());
            Classification chosen = r.proposal();
            String reason = null;
            if (i >= 10 && i < 15) {
                chosen = r.rule() == Classification.EXCELLENT ? Classification.GOOD : Classification.EXCELLENT;
                reason = i == 14 ? null : "Đóng góp nổi bật được Công an tỉnh ghi nhận (" + i + ")";
                if (i == 14) {
                    unreasoned = r.modelCode();
                }
            }
            choices.add(new YearEndSittings.Choice(r.taskId(), chosen.name(), reason));
            expected.put(r.modelCode(), i == 14 ? null : chosen);
        }
        assertThat(sittings.saveDrafts(officials.byLogin(PROVINCE_LOGIN), sitting.getId(), choices))
                .isEqualTo(MODELS);
        submit(PROVINCE_LOGIN, list.getId(), Map.of());

        long start = System.nanoTime();
        int ran = drain(sitting.getId());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("year-end: %d rows completed in %d jobs, %.1f s%n", MODELS, ran, seconds);

        YearEndSittings.Outcome outcome = sittings.outcome(sitting.getId());
        assertThat(outcome.counts().get(YearEndRow.Status.DONE)).isEqualTo(MODELS - 1L);
        assertThat(outcome.counts().get(YearEndRow.Status.REFUSED)).isEqualTo(1L);
        assertThat(outcome.notDone()).singleElement().satisfies(r -> {
            assertThat(r.getModelCode()).isEqualTo(expectedUnreasoned(choices, rows));
            assertThat(r.getMessage())
                    .contains("(reason)")
                    .contains("bắt buộc ghi lý do khi xếp loại khác với đề xuất theo tiêu chí");
        });
        // the refused row's classification still waits, to be done alone or in the next sitting
        assertThat(task(unreasoned, ProcessIds.CLASSIFY_BY_PROVINCE)).isNotNull();

        // each model: its class, its history under the official's name, the retirement rule
        Map<String, String> classOf = new HashMap<>();
        Map<String, String> statusOf = new HashMap<>();
        jdbc.query(
                "select code, classification, status from security_model where code like 'YE-%'",
                rs -> {
                    classOf.put(rs.getString(1), rs.getString(2));
                    statusOf.put(rs.getString(1), rs.getString(3));
                });
        for (var e : expected.entrySet()) {
            if (e.getValue() != null) {
                assertThat(classOf.get(e.getKey()))
                        .as(e.getKey())
                        .isEqualTo(e.getValue().name());
            }
        }
        assertThat(classOf.get(unreasoned)).as("classified last year at most").isNull();
        assertThat(jdbc.queryForObject("""
                select count(*) from model_decision d join model_evaluation e on e.process_instance_id = d.process_instance_id
                where d.model_code like 'YE-%' and d.step = 'ClassifyByProvince' and d.decided_by = ? and e.cycle_no = ?""", Long.class, PROVINCE_LOGIN, 1))
                .as("497 first cycles in the sitting (one refused), and models 0 and 1 last year, alone")
                .isEqualTo(497L + 2L);
        assertThat(jdbc.queryForObject("""
                select reason from model_decision where model_code = ? and step = 'ClassifyByProvince'
                order by decided_at desc limit 1""", String.class, bulk.modelCode(10)))
                .isEqualTo("Đóng góp nổi bật được Công an tỉnh ghi nhận (10)");
        assertThat(statusOf.get(bulk.modelCode(0))).isEqualTo("RETIRED");
        assertThat(statusOf.get(bulk.modelCode(1))).isEqualTo("RETIRED");
        assertThat(statusOf.entrySet().stream()
                        .filter(e -> e.getValue().equals("RETIRED"))
                        .count())
                .as("only the models Yếu twice in a row")
                .isEqualTo(2);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(ProcessIds.LIFECYCLE)
                        .variableValueEquals("cycleNo", 2)
                        .count())
                .as("the next cycle of every model classified and not retired")
                .isGreaterThanOrEqualTo(MODELS - 1L - 2L);

        // the official sees the outcome in the sitting's last task
        Task result = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(sitting.getId())
                .singleResult();
        assertThat(result.getTaskDefinitionKey()).isEqualTo("ReviewYearEndResult");
        assertThat(engine.getTaskService().getVariable(result.getId(), "doneCount"))
                .isEqualTo(MODELS - 1L);
        assertThat(engine.getTaskService().getVariable(result.getId(), "refusedCount"))
                .isEqualTo(1L);
        submit(PROVINCE_LOGIN, result.getId(), Map.of());
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(sitting.getId())
                        .count())
                .isZero();
    }

    static String expectedUnreasoned(List<YearEndSittings.Choice> choices, List<WaitingClassifications.Row> rows) {
        return rows.stream()
                .filter(r -> r.modelCode().endsWith("000015"))
                .findFirst()
                .orElseThrow()
                .modelCode();
    }

    int index(String modelCode) {
        return Integer.parseInt(modelCode.substring(modelCode.lastIndexOf('-') + 1)) - 1;
    }

    String communeLogin(int c) {
        return "yexa" + (c + 1);
    }

    String definition() {
        return engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(ProcessIds.YEAR_END)
                .latestVersion()
                .singleResult()
                .getId();
    }

    /** The evaluations of models from…from+count-1 fall due, and each commune reports figures the rule classes so. */
    void fallDueAndReport(int from, int count, java.util.function.IntFunction<String> ruleClass) {
        bulk.evaluationsFallDueNow(from, count);
        for (Job job : engine.getManagementService()
                .createJobQuery()
                .processDefinitionKey(ProcessIds.LIFECYCLE)
                .executable()
                .list()) {
            engine.getManagementService().executeJob(job.getId());
        }
        for (int i = from; i < from + count; i++) {
            submit(
                    communeLogin(i % COMMUNES),
                    task(bulk.modelCode(i), ProcessIds.REPORT_BY_COMMUNE),
                    Models.reportFor(ruleClass.apply(i)));
        }
    }

    String task(String modelCode, String key) {
        Task t = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(modelCode)
                .taskDefinitionKey(key)
                .singleResult();
        return t == null ? null : t.getId();
    }

    void submit(String login, String taskId, Map<String, Object> form) {
        acting.run(login, () -> engine.getFormService().submitTaskForm(taskId, form));
    }

    int drain(String processInstanceId) {
        int ran = 0;
        List<Job> due;
        while (!(due = engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(processInstanceId)
                        .executable()
                        .listPage(0, 100))
                .isEmpty()) {
            for (Job j : due) {
                engine.getManagementService().executeJob(j.getId());
                ran++;
            }
        }
        return ran;
    }
}

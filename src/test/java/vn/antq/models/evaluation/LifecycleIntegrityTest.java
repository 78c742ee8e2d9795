package vn.antq.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.common.RegistryIntegrityException;
import vn.antq.models.support.Acting;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Proposals;
import vn.antq.models.support.RegistrySnapshot;

/**
 * A cycle instance changes only the model of the cycle it scheduled itself: an administrator who
 * starts {@code model-lifecycle} part-way for a model (at the class, the retirement or the next
 * cycle), or opens a second cycle beside a running one, is refused and nothing changes.
 */
@PostgresTest
class LifecycleIntegrityTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    Acting acting;
    Models fixtures;

    @BeforeEach
    void setUp() {
        acting = new Acting(engine);
        fixtures = new Models(engine);
    }

    Throwable startAsAdmin(String code, String activityId, Map<String, Object> variables) {
        return acting.startPartWay("admin", ProcessIds.LIFECYCLE, code, activityId, variables);
    }

    @Test
    void classifyingFromAnInstanceWithoutItsOwnCycleChangesNothing() {
        String code = fixtures.activeModel("commune1", "Camera an ninh thôn Hạ");
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, code);

        Throwable refused = startAsAdmin(code, "RecordEvaluation", Map.of("classification", "EXCELLENT"));

        assertThat(refused)
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("classify (while ACTIVE) model " + code)
                .hasMessageContaining("this instance has no evaluation cycle");
        assertThat(RegistrySnapshot.of(jdbc, code)).isEqualTo(before);
    }

    @Test
    void retiringByRuleFromAnInstanceWithoutItsOwnCycleChangesNothing() {
        String code = fixtures.activeModel("commune1", "Tổ tuần tra nhân dân thôn Thượng");
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, code);
        Map<String, Object> verdict =
                new HashMap<>(Map.of("retire", true, "retiredReason", "Xếp loại Yếu hai kỳ đánh giá liên tiếp"));

        Throwable refused = startAsAdmin(
                code,
                "RetireModel",
                Map.of(
                        "retirement",
                        Variables.objectValue(verdict)
                                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                                .create()));

        assertThat(refused)
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("retire (ACTIVE → RETIRED) model " + code);
        RegistrySnapshot after = RegistrySnapshot.of(jdbc, code);
        assertThat(after.model().get("status")).isEqualTo("ACTIVE");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void openingTheNextCycleFromAnInstanceWithoutItsOwnCycleChangesNothing() {
        String code = fixtures.activeModel("commune1", "Nhóm Zalo an ninh chợ Phong");
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, code);

        assertThat(startAsAdmin(code, "StartNextCycle", Map.of()))
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("open the next evaluation cycle of model " + code);
        assertThat(RegistrySnapshot.of(jdbc, code)).isEqualTo(before);
    }

    @Test
    void aSecondCycleBesideARunningOneChangesNothing() {
        String code = fixtures.activeModel("commune1", "Tổ hòa giải cơ sở thôn Giữa");
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, code);
        String running = fixtures.runningCycle(code).getId();

        Throwable fromTheStart = catchThrowable(() -> acting.run(
                "admin", () -> engine.getRuntimeService().startProcessInstanceByKey(ProcessIds.LIFECYCLE, code)));
        Throwable atTheSchedule = startAsAdmin(code, "ScheduleEvaluation", Map.of());

        for (Throwable refused : new Throwable[] {fromTheStart, atTheSchedule}) {
            assertThat(refused)
                    .isInstanceOf(RegistryIntegrityException.class)
                    .hasMessageContaining("schedule an evaluation of model " + code)
                    .hasMessageContaining("cycle 1 is still SCHEDULED in process instance " + running);
        }
        assertThat(RegistrySnapshot.of(jdbc, code)).isEqualTo(before);
    }

    @Test
    void aCycleForAnotherCommunesPendingProposalChangesNothing() {
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-proposal")
                .latestVersion()
                .singleResult()
                .getId();
        String code = acting.as(
                        "commune2",
                        () -> engine.getFormService()
                                .submitStartForm(definitionId, Proposals.valid("Camera an ninh ngõ 7")))
                .getBusinessKey();
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, code);

        assertThat(startAsAdmin(code, "ScheduleEvaluation", Map.of()))
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("the model is PROPOSED");
        assertThat(RegistrySnapshot.of(jdbc, code)).isEqualTo(before);
    }

    @Test
    void anEvaluationTaskStartedUnderAnotherModelsCodeNeverReachesItsOfficials() {
        String code = fixtures.activeModel("commune1", "Tổ an ninh chợ Đồng");
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, code);
        for (String task : List.of("ReportByCommune", "AssessByDistrict", "ClassifyByProvince")) {
            assertThat(startAsAdmin(code, task, Map.of("reportDeadline", new java.util.Date())))
                    .as(task)
                    .isInstanceOf(RegistryIntegrityException.class)
                    .hasMessageContaining("model " + code);
            assertThat(engine.getTaskService()
                            .createTaskQuery()
                            .processInstanceBusinessKey(code)
                            .taskDefinitionKey(task)
                            .count())
                    .as(task)
                    .isZero();
        }
        assertThat(RegistrySnapshot.of(jdbc, code)).isEqualTo(before);
    }
}

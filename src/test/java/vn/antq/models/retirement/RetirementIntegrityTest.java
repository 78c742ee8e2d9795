package vn.antq.models.retirement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.common.RegistryIntegrityException;
import vn.antq.models.support.Acting;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.RegistrySnapshot;

/**
 * A retirement request retires only the model it named itself, once the province approved it in
 * the same instance: an administrator who starts {@code model-retirement-request} at the retirement,
 * or past the start form, or moves a request past the ruling, is refused and nothing changes.
 */
@PostgresTest
class RetirementIntegrityTest {

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
        return acting.startPartWay("admin", ProcessIds.RETIREMENT_REQUEST, code, activityId, variables);
    }

    @Test
    void retiringAModelThisInstanceNeverRequestedChangesNothing() {
        String code = fixtures.activeModel("commune1", "Tổ an ninh xóm Cầu");
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, code);

        Throwable refused = startAsAdmin(code, "RetireOnRequest", Map.of("modelCode", code, "decision", "approve"));

        assertThat(refused)
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("retire (ACTIVE → RETIRED) model " + code)
                .hasMessageContaining("this instance recorded no retirement request of the model");
        RegistrySnapshot after = RegistrySnapshot.of(jdbc, code);
        assertThat(after.model().get("status")).isEqualTo("ACTIVE");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void retiringARequestTheProvinceHasNotRuledOnChangesNothing() {
        String code = fixtures.activeModel("commune1", "Đội thanh niên xung kích xóm Bàu");
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(ProcessIds.RETIREMENT_REQUEST)
                .latestVersion()
                .singleResult()
                .getId();
        ProcessInstance request = acting.as(
                "commune1",
                () -> engine.getFormService()
                        .submitStartForm(definitionId, Map.of("modelCode", code, "reason", "Tổ đã giải thể")));
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, code);

        Throwable refused = acting.movePartWay("admin", request.getId(), "RetireOnRequest");

        assertThat(refused)
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("it needs the decision DecideRetirement: approve of this instance, "
                        + "whose last decision on the model is RegisterRetirementRequest: requested");
        assertThat(RegistrySnapshot.of(jdbc, code)).isEqualTo(before);
        assertThat(fixtures.task(code, "DecideRetirement")).isNotNull();
    }

    @Test
    void aRulingOnAnotherInstancesModelIsNeverPutToTheProvince() {
        String code = fixtures.activeModel("commune1", "Tổ bảo vệ dân phố số 4");
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, code);

        assertThat(startAsAdmin(code, ProcessIds.DECIDE_RETIREMENT, Map.of("modelCode", code)))
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("decide on model " + code);
        assertThat(RegistrySnapshot.of(jdbc, code)).isEqualTo(before);
        assertThat(fixtures.task(code, ProcessIds.DECIDE_RETIREMENT)).isNull();
    }

    @Test
    void requestingPastTheStartFormChangesNothing() {
        String code = fixtures.activeModel("commune1", "Camera an ninh đầu làng");
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, code);

        Throwable refused =
                startAsAdmin(null, "RegisterRetirementRequest", Map.of("modelCode", code, "reason", "Không hiệu quả"));

        assertThat(refused)
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("request the retirement of model " + code)
                .hasMessageContaining("admin is not a commune or district official of the model");
        assertThat(RegistrySnapshot.of(jdbc, code)).isEqualTo(before);
    }

    @Test
    void theRulingTheRegistryWaitsForIsATaskOfTheProcess() {
        var model = Bpmn.readModelFromFile(
                Path.of("processes/model-retirement-request.bpmn").toFile());
        assertThat(model.<BaseElement>getModelElementById(ProcessIds.DECIDE_RETIREMENT))
                .isInstanceOf(UserTask.class);
        assertThat(model.<BaseElement>getModelElementById("RegisterRetirementRequest"))
                .isNotNull();
    }
}

package vn.antq.models.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
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
import vn.antq.models.support.Proposals;
import vn.antq.models.support.RegistrySnapshot;

/**
 * A proposal instance changes only the model it proposed, and only after the decision that leads
 * to the change: an administrator who starts {@code model-proposal} part-way under another commune's
 * code, or moves a proposal past its review, is refused and nothing changes.
 */
@PostgresTest
class ProposalIntegrityTest {

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

    /** commune2's proposal, waiting for its district's review. */
    ProcessInstance pendingProposal(String name) {
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-proposal")
                .latestVersion()
                .singleResult()
                .getId();
        return acting.as(
                "commune2", () -> engine.getFormService().submitStartForm(definitionId, Proposals.valid(name)));
    }

    Throwable startAsAdmin(String businessKey, String activityId, Map<String, Object> variables) {
        return acting.startPartWay("admin", "model-proposal", businessKey, activityId, variables);
    }

    Throwable moveAsAdmin(ProcessInstance pi, String activityId) {
        return acting.movePartWay("admin", pi.getId(), activityId);
    }

    @Test
    void activatingAnotherInstancesModelChangesNothing() {
        String code = pendingProposal("Camera an ninh xóm Đông").getBusinessKey();
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, code);

        Throwable refused = startAsAdmin(code, "ActivateModel", Map.of());

        assertThat(refused)
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("activate (PROPOSED → ACTIVE) model " + code)
                .hasMessageContaining("the model belongs to process instance "
                        + before.model().get("process_instance_id"));
        assertThat(RegistrySnapshot.of(jdbc, code)).isEqualTo(before);
    }

    @Test
    void rejectingAnotherInstancesModelChangesNothing() {
        String code = pendingProposal("Tổ tự quản đường làng").getBusinessKey();
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, code);

        Throwable refused = startAsAdmin(code, "RejectProposal", Map.of("decision", "reject", "reason", "Không cần"));

        assertThat(refused)
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("reject (PROPOSED → REJECTED) model " + code);
        assertThat(RegistrySnapshot.of(jdbc, code)).isEqualTo(before);
    }

    @Test
    void revisingAnotherInstancesModelChangesNothing() {
        String code = pendingProposal("Zalo an ninh khu phố 3").getBusinessKey();
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, code);
        Map<String, Object> renamed = Proposals.valid("Tên do người khác đặt");
        renamed.put("leaderName", "Người Lạ");
        renamed.put("leaderPhone", "0987 654 321");

        Throwable refused = startAsAdmin(code, "ApplyRevision", renamed);

        assertThat(refused)
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("describe (while PROPOSED) model " + code);
        RegistrySnapshot after = RegistrySnapshot.of(jdbc, code);
        assertThat(after.model().get("name")).isEqualTo("Zalo an ninh khu phố 3");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aReviewOfAnotherInstancesModelIsNeverPutToTheDistrict() {
        String code = pendingProposal("Tổ an ninh khu tập thể").getBusinessKey();
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, code);

        assertThat(startAsAdmin(code, "ReviewByDistrict", Map.of()))
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("decide on model " + code);
        assertThat(RegistrySnapshot.of(jdbc, code)).isEqualTo(before);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(code)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void activatingAProposalOnlyTheDistrictApprovedChangesNothing() {
        ProcessInstance pi = pendingProposal("Đội xung kích thôn Trung");
        String code = pi.getBusinessKey();
        fixtures.complete("district1", code, "ReviewByDistrict", Proposals.decision("approve", null));
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, code);

        Throwable refused = moveAsAdmin(pi, "ActivateModel");

        assertThat(refused)
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("it needs the decision ApproveByProvince: approve of this instance, "
                        + "whose last decision on the model is ReviewByDistrict: approve");
        assertThat(RegistrySnapshot.of(jdbc, code)).isEqualTo(before);
        assertThat(fixtures.task(code, "ApproveByProvince")).isNotNull();
    }

    @Test
    void rejectingAProposalNobodyRefusedChangesNothing() {
        ProcessInstance pi = pendingProposal("Camera giám sát bến đò");
        String code = pi.getBusinessKey();
        RegistrySnapshot before = RegistrySnapshot.of(jdbc, code);

        assertThat(moveAsAdmin(pi, "RejectProposal"))
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("whose last decision on the model is RegisterProposal: submitted");
        assertThat(RegistrySnapshot.of(jdbc, code)).isEqualTo(before);
    }

    @Test
    void proposingPastTheStartFormIsForCommunesOnly() {
        long models = jdbc.queryForObject("select count(*) from security_model", Long.class);

        assertThat(startAsAdmin(null, "RegisterProposal", Proposals.valid("Mô hình của quản trị viên")))
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("propose a new model")
                .hasMessageContaining("only a commune official proposes a model, not admin");
        assertThat(jdbc.queryForObject("select count(*) from security_model", Long.class))
                .isEqualTo(models);
    }

    @Test
    void theApprovalTheRegistryWaitsForIsATaskOfTheProcess() {
        var model =
                Bpmn.readModelFromFile(Path.of("processes/model-proposal.bpmn").toFile());
        assertThat(model.<org.camunda.bpm.model.bpmn.instance.BaseElement>getModelElementById(
                        ProcessIds.APPROVE_BY_PROVINCE))
                .isInstanceOf(UserTask.class);
    }
}

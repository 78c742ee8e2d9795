package vn.antq.models.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.antq.models.model.ModelDecision;
import vn.antq.models.model.ModelDecisionRepository;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.ModelStatus;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.support.Acting;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Proposals;

/** Every path of model-proposal, driven as the officials of CONTRACT.md drive it. */
@PostgresTest
class ProposalPathsTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ModelRepository models;

    @Autowired
    ModelDecisionRepository decisions;

    Acting acting;

    @BeforeEach
    void setUp() {
        init(engine);
        acting = new Acting(engine);
    }

    ProcessInstance propose(String login, String name) {
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-proposal")
                .latestVersion()
                .singleResult()
                .getId();
        return acting.as(login, () -> engine.getFormService().submitStartForm(definitionId, Proposals.valid(name)));
    }

    Task taskOf(ProcessInstance pi) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .singleResult();
    }

    void decide(String login, ProcessInstance pi, String decision, String reason) {
        Task task = taskOf(pi);
        acting.run(
                login,
                () -> engine.getFormService().submitTaskForm(task.getId(), Proposals.decision(decision, reason)));
    }

    SecurityModel model(ProcessInstance pi) {
        return models.findById(pi.getBusinessKey()).orElseThrow();
    }

    @Test
    void districtAndProvinceApprovalMakesTheModelActive() {
        ProcessInstance pi = propose("commune1", "Camera an ninh xóm Bắc");

        assertThat(pi).isWaitingAt("ReviewByDistrict").task().hasCandidateGroup("QB01");
        assertThat(pi.getBusinessKey()).matches("QB-\\d{4}-\\d{4}");
        assertThat(model(pi).getStatus()).isEqualTo(ModelStatus.PROPOSED);

        decide("district1", pi, "approve", "Mô hình phù hợp, đề nghị nhân rộng");
        assertThat(pi).isWaitingAt("ApproveByProvince").task().hasCandidateGroup("QB");
        // the province sees the district's opinion, and decides for itself (its own fields start empty)
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "districtDecision"))
                .isEqualTo("Đồng ý, trình cấp tỉnh");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "districtReason"))
                .isEqualTo("Mô hình phù hợp, đề nghị nhân rộng");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "reason")).isNull();

        decide("province1", pi, "approve", "Mô hình thiết thực");
        assertThat(pi).isEnded().hasPassed("ActivateModel").hasPassed("ModelActivated");
        SecurityModel model = model(pi);
        assertThat(model.getStatus()).isEqualTo(ModelStatus.ACTIVE);
        assertThat(model.getActivatedAt()).isNotNull();
        assertThat(decisions.findByModelCodeOrderByDecidedAtAscIdAsc(model.getCode()))
                .extracting(ModelDecision::getStep, ModelDecision::getOutcome, ModelDecision::getDecidedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RegisterProposal", "submitted", "commune1"),
                        org.assertj.core.groups.Tuple.tuple("ReviewByDistrict", "approve", "district1"),
                        org.assertj.core.groups.Tuple.tuple("ApproveByProvince", "approve", "province1"));
    }

    @Test
    void returnedProposalIsRevisedByTheCommuneAndThenApproved() {
        ProcessInstance pi = propose("commune2", "Tổ tự quản an ninh trật tự");

        decide("district1", pi, "return", "Bổ sung danh sách thành viên");
        assertThat(pi).isWaitingAt("ReviseProposal").task().hasCandidateGroup("QB0102");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "reason"))
                .isEqualTo("Bổ sung danh sách thành viên");

        Map<String, Object> revised = Proposals.valid("Tổ tự quản an ninh trật tự thôn Đông");
        revised.put("members", 25L);
        Task revision = taskOf(pi);
        acting.run("commune2", () -> engine.getFormService().submitTaskForm(revision.getId(), revised));

        assertThat(pi).isWaitingAt("ReviewByDistrict");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "decision"))
                .isNull();
        assertThat(model(pi).getName()).isEqualTo("Tổ tự quản an ninh trật tự thôn Đông");
        assertThat(model(pi).getMembers()).isEqualTo(25L);

        decide("district1", pi, "approve", null);
        decide("province1", pi, "return", "Ghi rõ nguồn kinh phí");
        assertThat(pi).isWaitingAt("ReviseProposal");
        Task second = taskOf(pi);
        acting.run("commune2", () -> engine.getFormService().submitTaskForm(second.getId(), revised));
        decide("district1", pi, "approve", null);
        decide("province1", pi, "approve", null);

        assertThat(pi).isEnded().hasPassed("ModelActivated");
        assertThat(model(pi).getStatus()).isEqualTo(ModelStatus.ACTIVE);
        assertThat(decisions.findByModelCodeOrderByDecidedAtAscIdAsc(pi.getBusinessKey()))
                .extracting(ModelDecision::getOutcome)
                .containsExactly(
                        "submitted", "return", "resubmitted", "approve", "return", "resubmitted", "approve", "approve");
    }

    @Test
    void districtRejectionEndsTheProposalWithItsReason() {
        ProcessInstance pi = propose("commune3", "Zalo phòng, chống tội phạm");

        decide("district2", pi, "reject", "Trùng với mô hình đã có");

        assertThat(pi)
                .isEnded()
                .hasPassed("RejectProposal")
                .hasPassed("ProposalRejected")
                .hasNotPassed("ApproveByProvince");
        assertThat(model(pi).getStatus()).isEqualTo(ModelStatus.REJECTED);
        List<ModelDecision> trail = decisions.findByModelCodeOrderByDecidedAtAscIdAsc(pi.getBusinessKey());
        assertThat(trail.get(trail.size() - 1).getReason()).isEqualTo("Trùng với mô hình đã có");
        assertThat(trail.get(trail.size() - 1).getDecidedBy()).isEqualTo("district2");
    }

    @Test
    void provinceRejectionEndsTheProposalWithItsReason() {
        ProcessInstance pi = propose("commune1", "Xóm chài bình yên");

        decide("district1", pi, "approve", null);
        decide("province1", pi, "reject", "Chưa đủ điều kiện");

        assertThat(pi).isEnded().hasPassed("ProposalRejected");
        assertThat(model(pi).getStatus()).isEqualTo(ModelStatus.REJECTED);
        List<ModelDecision> trail = decisions.findByModelCodeOrderByDecidedAtAscIdAsc(pi.getBusinessKey());
        assertThat(trail.get(trail.size() - 1))
                .extracting(ModelDecision::getStep, ModelDecision::getOutcome, ModelDecision::getReason)
                .containsExactly("ApproveByProvince", "reject", "Chưa đủ điều kiện");
    }

    @Test
    void communeOfAProvinceWithoutDistrictsGoesStraightToTheProvince() {
        ProcessInstance pi = propose("commune4", "Tổ tuần tra biên giới");

        assertThat(pi.getBusinessKey()).startsWith("QT-");
        assertThat(pi).isWaitingAt("ApproveByProvince").task().hasCandidateGroup("QT");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "districtDecision"))
                .as("no district reviewed it")
                .isNull();

        decide("province2", pi, "approve", null);

        assertThat(pi).isEnded().hasNotPassed("ReviewByDistrict").hasPassed("ModelActivated");
        assertThat(model(pi).getStatus()).isEqualTo(ModelStatus.ACTIVE);
    }
}

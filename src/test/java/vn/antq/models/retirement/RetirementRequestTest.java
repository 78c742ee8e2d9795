package vn.antq.models.retirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.ModelStatus;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.support.Acting;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Proposals;

/** A commune or district asks to retire one of its own active models; the province decides. */
@PostgresTest
class RetirementRequestTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ModelRepository models;

    Models fixtures;
    Acting acting;

    @BeforeEach
    void setUp() {
        fixtures = new Models(engine);
        acting = new Acting(engine);
        Models.setClock(LocalDateTime.of(2025, 3, 1, 9, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    ProcessInstance request(String login, String code, String reason) {
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-retirement-request")
                .latestVersion()
                .singleResult()
                .getId();
        return acting.as(
                login,
                () -> engine.getFormService()
                        .submitStartForm(definitionId, Map.of("modelCode", code, "reason", reason)));
    }

    @Test
    void aRequestStillWaitingEndsWhenTheRuleRetiresTheModel() {
        String code = fixtures.activeModel("commune1", "Tổ tự quản bỏ dở");
        // two reports missed in a row (first due 1 Sep 2025, then on the anniversary), with a request in between
        for (LocalDateTime at : List.of(LocalDateTime.of(2025, 9, 2, 8, 0), LocalDateTime.of(2025, 10, 2, 8, 0))) {
            Models.setClock(at);
            fixtures.runDueJobs(code);
        }
        ProcessInstance pending = request("commune1", code, "Tổ không còn hoạt động");
        assertThat(fixtures.task(code, "DecideRetirement")).isNotNull();
        for (LocalDateTime at : List.of(LocalDateTime.of(2026, 3, 2, 8, 0), LocalDateTime.of(2026, 4, 2, 8, 0))) {
            Models.setClock(at);
            fixtures.runDueJobs(code);
        }

        assertThat(models.findById(code).orElseThrow().getStatus()).isEqualTo(ModelStatus.RETIRED);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pending.getId())
                        .count())
                .isZero();
        assertThat(fixtures.task(code, "DecideRetirement")).isNull();
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(pending.getId())
                        .singleResult()
                        .getDeleteReason())
                .startsWith("retired: ");
    }

    @Test
    void anApprovedRequestRetiresTheModelAndStopsItsEvaluations() {
        String code = fixtures.activeModel("commune1", "Tổ hòa giải thôn Bắc");
        assertThat(fixtures.jobs(code)).hasSize(1);

        ProcessInstance pi = request("commune1", code, "Thôn đã sáp nhập, tổ giải thể");
        assertThat(pi.getBusinessKey()).isEqualTo(code);
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "requestedBy"))
                .isEqualTo("Nguyễn Văn An (commune1)");
        fixtures.complete("province1", code, "DecideRetirement", Proposals.decision("approve", null));

        SecurityModel model = models.findById(code).orElseThrow();
        assertThat(model.getStatus()).isEqualTo(ModelStatus.RETIRED);
        assertThat(model.getRetiredReason())
                .isEqualTo("Thanh loại theo đề nghị của Xã Lộc Thủy: Thôn đã sáp nhập, tổ giải thể");
        assertThat(fixtures.runningCycle(code)).isNull();
        assertThat(fixtures.jobs(code)).isEmpty();
    }

    @Test
    void aRefusedRequestLeavesTheModelRunning() {
        String code = fixtures.activeModel("commune2", "Camera an ninh ngõ 5");

        request("district1", code, "Hoạt động cầm chừng");
        Throwable noReason = catchThrowable(
                () -> fixtures.complete("province1", code, "DecideRetirement", Proposals.decision("reject", null)));
        assertThat(noReason).hasMessageContaining("Lý do / ý kiến (reason): chưa nhập");
        assertThat(catchThrowable(() ->
                        fixtures.complete("province1", code, "DecideRetirement", Proposals.decision("return", "x"))))
                .hasMessageContaining("Kết quả (decision): giá trị không nằm trong danh sách");
        fixtures.complete(
                "province1", code, "DecideRetirement", Proposals.decision("reject", "Đề nghị củng cố thêm một năm"));

        assertThat(models.findById(code).orElseThrow().getStatus()).isEqualTo(ModelStatus.ACTIVE);
        assertThat(fixtures.runningCycle(code)).isNotNull();
        assertThat(fixtures.jobs(code)).hasSize(1);
    }

    @Test
    void onlyTheModelsOwnCommuneOrDistrictMayAskAndOnlyOnce() {
        String code = fixtures.activeModel("commune1", "Đội xung kích Lộc Thủy");

        assertThat(catchThrowable(() -> request("commune2", code, "Không hiệu quả")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Mã mô hình (modelCode): mô hình này không thuộc địa bàn của đơn vị");
        assertThat(catchThrowable(() -> request("district2", code, "Không hiệu quả")))
                .hasMessageContaining("không thuộc địa bàn");
        assertThat(catchThrowable(() -> request("province1", code, "Không hiệu quả")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThat(catchThrowable(() -> request("admin", code, "Không hiệu quả")))
                .hasMessageContaining("Đơn vị (unit): chỉ Công an xã hoặc Công an huyện");
        assertThat(catchThrowable(() -> request("commune1", "QB-1999-0001", "Không hiệu quả")))
                .hasMessageContaining("Mã mô hình (modelCode): không có mô hình mang mã này");
        assertThat(catchThrowable(() -> request("commune1", code, " ")))
                .hasMessageContaining("Lý do / ý kiến (reason): chưa nhập");

        request("commune1", code, "Không hiệu quả");
        assertThat(catchThrowable(() -> request("district1", code, "Không hiệu quả")))
                .hasMessageContaining("đang có một đề nghị thanh loại chờ quyết định");
    }

    @Test
    void aModelThatIsNotActiveCannotBeRetired() {
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-proposal")
                .latestVersion()
                .singleResult()
                .getId();
        ProcessInstance proposal = acting.as(
                "commune1",
                () -> engine.getFormService().submitStartForm(definitionId, Proposals.valid("Mô hình chưa duyệt")));

        assertThat(catchThrowable(() -> request("commune1", proposal.getBusinessKey(), "Không cần nữa")))
                .hasMessageContaining("Mã mô hình (modelCode): mô hình không ở trạng thái đang hoạt động");
    }
}

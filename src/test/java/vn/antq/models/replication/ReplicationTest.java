package vn.antq.models.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.ModelStatus;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.notification.Notification;
import vn.antq.models.notification.NotificationRepository;
import vn.antq.models.support.Acting;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;

/** model-replication: accept, decline, no answer at the deadline, refused sources, repeated targets. */
@PostgresTest
class ReplicationTest {

    static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    @Autowired
    ProcessEngine engine;

    @Autowired
    ModelRepository models;

    @Autowired
    TargetRepository targets;

    @Autowired
    NotificationRepository notifications;

    Models fixtures;
    Acting acting;

    @BeforeEach
    void setUp() {
        init(engine);
        fixtures = new Models(engine);
        acting = new Acting(engine);
        Models.setClock(LocalDateTime.of(2025, 1, 5, 9, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** An active model of Xã Lộc Thủy classified as {@code classification}; the clock ends on TODAY. */
    String source(String name, String classification) {
        String code = fixtures.activeModel("commune1", name);
        if (classification != null) {
            fixtures.classify(code, "commune1", classification);
        }
        Models.setClock(TODAY.atTime(9, 0));
        return code;
    }

    ProcessInstance campaign(String login, String source, Object targets, LocalDate deadline) {
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-replication")
                .latestVersion()
                .singleResult()
                .getId();
        Map<String, Object> form = new HashMap<>();
        form.put("sourceCode", source);
        form.put("targetUnits", targets);
        form.put("deadline", deadline == null ? null : deadline.toString());
        return acting.as(login, () -> engine.getFormService().submitStartForm(definitionId, form));
    }

    Task answerTask(ProcessInstance pi, String commune) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskCandidateGroup(commune)
                .singleResult();
    }

    void answer(String login, ProcessInstance pi, String commune, Map<String, Object> form) {
        Task task = answerTask(pi, commune);
        acting.run(login, () -> engine.getFormService().submitTaskForm(task.getId(), form));
    }

    static Map<String, Object> accept(String leader, long members) {
        Map<String, Object> m = new HashMap<>();
        m.put("decision", "accept");
        m.put("leaderName", leader);
        m.put("members", members);
        m.put("startedOn", TODAY.plusDays(10).toString());
        return m;
    }

    @Test
    void acceptingCommunesRunTheModelAsNewPointsWithTheirOwnEvaluations() {
        String source = source("Camera an ninh liên gia", "GOOD");
        ProcessInstance pi = campaign("province1", source, List.of("QB0102", "QB0201"), TODAY.plusDays(30));

        assertThat(pi.getBusinessKey()).matches("NR-QB-\\d{4}-\\d{4}");
        assertThat(answerTask(pi, "QB0102")).isNotNull();
        assertThat(answerTask(pi, "QB0201")).isNotNull();

        answer("commune2", pi, "QB0102", accept("Trần Văn Phong", 9));
        Task other = answerTask(pi, "QB0201");
        assertThat(engine.getTaskService().getVariable(other.getId(), "decision"))
                .isNull();
        assertThat(engine.getTaskService().getVariable(other.getId(), "leaderName"))
                .isNull();
        Map<String, Object> decline = new HashMap<>();
        decline.put("decision", "decline");
        decline.put("reason", "Địa bàn đã có tổ camera của thôn");
        answer("commune3", pi, "QB0201", decline);

        assertThat(pi).isEnded().hasPassed("CampaignClosed");
        List<Target> answers = targets.findByCampaignCodeOrderByUnitCode(pi.getBusinessKey());
        assertThat(answers)
                .extracting(Target::getUnitCode, Target::getOutcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("QB0102", Target.Outcome.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple("QB0201", Target.Outcome.DECLINED));
        assertThat(answers.get(1).getReason()).isEqualTo("Địa bàn đã có tổ camera của thôn");

        SecurityModel point = models.findById(answers.get(0).getPointCode()).orElseThrow();
        assertThat(point.getOriginCode()).isEqualTo(source);
        assertThat(point.getUnitCode()).isEqualTo("QB0102");
        assertThat(point.getStatus()).isEqualTo(ModelStatus.ACTIVE);
        assertThat(point.getLeaderName()).isEqualTo("Trần Văn Phong");
        assertThat(point.getMembers()).isEqualTo(9);
        assertThat(point.getName()).isEqualTo("Camera an ninh liên gia");
        assertThat(fixtures.runningCycle(point.getCode())).isNotNull();
        assertThat(fixtures.jobs(point.getCode())).hasSize(1);
        assertThat(models.pointCodes(source)).containsExactly(point.getCode());
    }

    @Test
    void anAnswerIsCheckedLikeAnyForm() {
        String source = source("Zalo an ninh tổ dân phố", "EXCELLENT");
        ProcessInstance pi = campaign("district1", source, List.of("QB0102"), TODAY.plusDays(10));

        Map<String, Object> noReason = Map.of("decision", "decline");
        assertThat(catchThrowable(() -> answer("commune2", pi, "QB0102", noReason)))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Lý do / ý kiến (reason): chưa nhập");
        Map<String, Object> noLeader = accept(null, 5);
        assertThat(catchThrowable(() -> answer("commune2", pi, "QB0102", noLeader)))
                .hasMessageContaining("Người phụ trách (leaderName): chưa nhập");
        assertThat(catchThrowable(() -> answer("commune2", pi, "QB0102", accept("Lê Văn Hòa", 0))))
                .hasMessageContaining("Số thành viên (members): phải lớn hơn hoặc bằng 1");
        Map<String, Object> noStart = accept("Lê Văn Hòa", 5);
        noStart.remove("startedOn");
        assertThat(catchThrowable(() -> answer("commune2", pi, "QB0102", noStart)))
                .hasMessageContaining("Ngày bắt đầu triển khai (startedOn): chưa nhập");
        assertThat(catchThrowable(() -> answer("commune1", pi, "QB0102", accept("Lê Văn Hòa", 5))))
                .hasMessageContaining("commune1");

        assertThat(pi).isWaitingAt("AnswerByCommune");
        assertThat(models.pointCodes(source)).isEmpty();
    }

    @Test
    void communesThatNeverAnswerAreClosedAtTheDeadlineAndTheirDistrictIsTold() {
        String source = source("Tổ tự quản đường phố", "GOOD");
        ProcessInstance pi = campaign("province1", source, "QB0102, QB0201", TODAY.plusDays(5));
        answer("commune2", pi, "QB0102", accept("Nguyễn Thị Mai", 7));

        Models.setClock(TODAY.plusDays(6).atTime(8, 0));
        var deadline = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId("AnswerDeadline")
                .executable()
                .singleResult();
        engine.getManagementService().executeJob(deadline.getId());

        assertThat(pi).isEnded().hasPassed("ClosedAtDeadline");
        assertThat(targets.findByCampaignCodeAndUnitCode(pi.getBusinessKey(), "QB0201")
                        .orElseThrow()
                        .getOutcome())
                .isEqualTo(Target.Outcome.NO_ANSWER);
        assertThat(targets.findByCampaignCodeAndUnitCode(pi.getBusinessKey(), "QB0102")
                        .orElseThrow()
                        .getOutcome())
                .isEqualTo(Target.Outcome.ACCEPTED);
        List<Notification> told = notifications.findByModelCodeOrderByCreatedAt(source);
        assertThat(told).extracting(Notification::getUnitCode).containsExactly("QB02");
        assertThat(told.get(0).getBody()).contains("Xã Gia Ninh", pi.getBusinessKey());
    }

    @Test
    void onlyAnActiveModelClassifiedExcellentOrGoodCanBeReplicated() {
        String unclassified = source("Mô hình chưa đánh giá", null);
        String average = source("Mô hình trung bình", "AVERAGE");

        assertThat(catchThrowable(() -> campaign("province1", unclassified, List.of("QB0102"), TODAY.plusDays(9))))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining(
                        "Mô hình được nhân rộng (sourceCode): chỉ nhân rộng được mô hình đang hoạt động và được xếp loại Xuất sắc hoặc Khá");
        assertThat(catchThrowable(() -> campaign("province1", average, List.of("QB0102"), TODAY.plusDays(9))))
                .hasMessageContaining("(sourceCode): chỉ nhân rộng được");
        assertThat(catchThrowable(() -> campaign("province2", average, List.of("QT0001"), TODAY.plusDays(9))))
                .hasMessageContaining("(sourceCode): mô hình này không thuộc địa bàn");
        assertThat(catchThrowable(() -> campaign("province1", "QB-1999-0001", List.of("QB0102"), TODAY.plusDays(9))))
                .hasMessageContaining("(sourceCode): không có mô hình mang mã này");
    }

    @Test
    void aCommuneThatAlreadyRunsTheModelIsNotAskedAgain() {
        String source = source("Xóm không ma túy", "EXCELLENT");
        ProcessInstance first = campaign("province1", source, List.of("QB0102"), TODAY.plusDays(20));
        answer("commune2", first, "QB0102", accept("Phạm Văn Khoa", 6));

        ProcessInstance second =
                campaign("province1", source, List.of("QB0101", "QB0102", "QB0201"), TODAY.plusDays(20));
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(second.getId())
                        .list())
                .hasSize(1)
                .allMatch(t -> answerTask(second, "QB0201") != null);
        assertThat(engine.getRuntimeService().getVariable(second.getId(), "skippedUnits"))
                .asList()
                .containsExactlyInAnyOrder("QB0101", "QB0102");

        assertThat(catchThrowable(
                        () -> campaign("province1", source, List.of("QB0101", "QB0102", "QB0201"), TODAY.plusDays(20))))
                .hasMessageContaining("Các xã triển khai (targetUnits): các xã được chọn đều đã có mô hình này");
    }

    @Test
    void badTargetsAndDeadlinesAreRefusedAndStartNothing() {
        String source = source("Tổ hòa giải cơ sở", "GOOD");
        long before = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("model-replication")
                .count();

        assertThat(catchThrowable(() -> campaign("province1", source, List.of(), TODAY.plusDays(9))))
                .hasMessageContaining("Các xã triển khai (targetUnits): chưa nhập");
        assertThat(catchThrowable(() -> campaign("district1", source, List.of("QB0201"), TODAY.plusDays(9))))
                .hasMessageContaining("(targetUnits): xã có mã QB0201 không có hoặc không thuộc địa bàn");
        assertThat(catchThrowable(() -> campaign("province1", source, List.of("QT0001"), TODAY.plusDays(9))))
                .hasMessageContaining("xã có mã QT0001");
        assertThat(catchThrowable(() -> campaign("province1", source, List.of("XYZ"), TODAY.plusDays(9))))
                .hasMessageContaining("xã có mã XYZ");
        assertThat(catchThrowable(() -> campaign("province1", source, List.of("QB01"), TODAY.plusDays(9))))
                .hasMessageContaining("xã có mã QB01");
        assertThat(catchThrowable(() -> campaign("province1", source, List.of("QB0102"), TODAY)))
                .hasMessageContaining("Hạn trả lời (deadline): phải sau ngày hôm nay");
        assertThat(catchThrowable(() -> campaign("province1", source, List.of("QB0102"), null)))
                .hasMessageContaining("Hạn trả lời (deadline): chưa nhập");
        assertThat(catchThrowable(() -> campaign("commune2", source, List.of("QB0102"), TODAY.plusDays(9))))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);

        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey("model-replication")
                        .count())
                .isEqualTo(before);
    }

    @Test
    void startedFromTasklistTheStarterChoosesInATaskWhoseFormHasTheOptions() {
        String source = source("Tổ an ninh tự quản bến xe", "GOOD");
        ProcessInstance pi = campaign("province1", null, null, null);

        Task choose = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey("ChooseCampaign")
                .singleResult();
        assertThat(choose.getAssignee()).isEqualTo("province1");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(choose.getId())
                        .taskCandidateGroup("QB")
                        .includeAssignedTasks()
                        .count())
                .as("shows in the province's filter")
                .isEqualTo(1);
        VariableMap formVars =
                acting.as("province1", () -> engine.getFormService().getTaskFormVariables(choose.getId()));
        assertThat(formVars.get("sourceOptions")).isInstanceOf(SpinJsonNode.class);
        assertThat(formVars.get("sourceOptions").toString()).contains(source);
        assertThat(formVars.get("communeOptions").toString()).contains("QB0102", "Xã Phong Thủy");

        Map<String, Object> bad = new HashMap<>(Map.of(
                "sourceCode",
                source,
                "targetUnits",
                List.of("QT0001"),
                "deadline",
                TODAY.plusDays(7).toString()));
        assertThat(catchThrowable(() ->
                        acting.run("province1", () -> engine.getFormService().submitTaskForm(choose.getId(), bad))))
                .hasMessageContaining("xã có mã QT0001");
        Map<String, Object> chosen = new HashMap<>(Map.of(
                "sourceCode",
                source,
                "targetUnits",
                List.of("QB0102"),
                "deadline",
                TODAY.plusDays(7).toString()));
        acting.run("province1", () -> engine.getFormService().submitTaskForm(choose.getId(), chosen));

        assertThat(pi.getBusinessKey()).isNull();
        String campaign = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(pi.getId())
                .singleResult()
                .getBusinessKey();
        assertThat(campaign).startsWith("NR-QB-");
        assertThat(answerTask(pi, "QB0102")).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "sourceOptions"))
                .isNull();
    }

    @Test
    void theStartFormOffersTheStartersEffectiveModelsAndCommunes() {
        String source = source("Camera an ninh xóm Đình", "EXCELLENT");
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-replication")
                .latestVersion()
                .singleResult()
                .getId();

        VariableMap forProvince =
                acting.as("province1", () -> engine.getFormService().getStartFormVariables(definitionId));
        VariableMap forDistrict =
                acting.as("district2", () -> engine.getFormService().getStartFormVariables(definitionId));

        assertThat(((SpinJsonNode) forProvince.get("sourceOptions")).toString()).contains(source);
        assertThat(((SpinJsonNode) forProvince.get("communeOptions")).toString())
                .contains("QB0101", "QB0102", "QB0201", "Xã Lộc Thủy")
                .doesNotContain("QT0001");
        assertThat(((SpinJsonNode) forDistrict.get("communeOptions")).toString())
                .contains("QB0201")
                .doesNotContain("QB0101");
    }
}

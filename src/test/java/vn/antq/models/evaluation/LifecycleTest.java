package vn.antq.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.antq.models.common.Clocks;
import vn.antq.models.model.Classification;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.ModelStatus;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.notification.Notification;
import vn.antq.models.notification.NotificationRepository;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;

/**
 * Yearly evaluation by timer: every path of a cycle, with time moved on the engine clock and the
 * due jobs run as the job executor would run them.
 */
@PostgresTest
class LifecycleTest {

    static final LocalDateTime APPROVED_AT = LocalDateTime.of(2025, 1, 10, 9, 0);

    @Autowired
    ProcessEngine engine;

    @Autowired
    ModelRepository models;

    @Autowired
    EvaluationRepository evaluations;

    @Autowired
    NotificationRepository notifications;

    Models fixtures;

    @BeforeEach
    void setUp() {
        init(engine);
        fixtures = new Models(engine);
        Models.setClock(APPROVED_AT);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static Map<String, Object> report(long outreach, long valuableTips, long cases) {
        Map<String, Object> r = new HashMap<>();
        r.put("outreachSessions", outreach);
        r.put("attendees", outreach * 40);
        r.put("tips", valuableTips + 3);
        r.put("valuableTips", valuableTips);
        r.put("casesResolved", cases);
        r.put("suspectsHandled", cases);
        r.put("camerasInstalled", 4L);
        r.put("weaponsHandedIn", 0L);
        r.put("householdsCommitted", 120L);
        r.put("narrative", "<p>Duy trì <b>tuần tra</b> hằng tuần.</p><script>x()</script>");
        return r;
    }

    static Map<String, Object> choice(String key, String value, String reason) {
        Map<String, Object> m = new HashMap<>();
        m.put(key, value);
        if (reason != null) {
            m.put("reason", reason);
        }
        return m;
    }

    /** Moves to the day the cycle falls due and fires the timer. */
    void reachDueDate(String code, LocalDate due) {
        Models.setClock(due.atTime(8, 0));
        assertThat(fixtures.runDueJobs(code)).isGreaterThanOrEqualTo(1);
    }

    void evaluate(
            String code, Map<String, Object> report, String districtProposal, String provinceClass, String reason) {
        fixtures.complete("commune1", code, "ReportByCommune", report);
        fixtures.complete(
                "district1", code, "AssessByDistrict", choice("proposedClassification", districtProposal, null));
        fixtures.complete("province1", code, "ClassifyByProvince", choice("classification", provinceClass, reason));
    }

    @Test
    void approvalSchedulesTheFirstEvaluationOnceTheModelHasRunLongEnough() {
        String code = fixtures.activeModel("commune1", "Camera an ninh thôn Tây");

        Evaluation first = evaluations.findLatest(code).orElseThrow();
        assertThat(first.getCycleNo()).isEqualTo(1);
        assertThat(first.getDueOn()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(first.getReportDeadline()).isEqualTo(LocalDate.of(2025, 8, 9));
        List<Job> jobs = fixtures.jobs(code);
        assertThat(jobs).hasSize(1);
        assertThat(jobs.get(0).getDuedate().toInstant())
                .isEqualTo(LocalDate.of(2025, 7, 10)
                        .atTime(7, 0)
                        .atZone(Clocks.VIETNAM)
                        .toInstant());

        Models.setClock(LocalDateTime.of(2025, 7, 9, 23, 0));
        assertThat(fixtures.runDueJobs(code)).isZero();
        assertThat(fixtures.task(code, "ReportByCommune")).isNull();
    }

    @Test
    void reportAssessAndClassifyRecordTheCycleAndScheduleTheNextOnTheAnniversary() {
        String code = fixtures.activeModel("commune1", "Tổ tự quản thôn Nam");
        reachDueDate(code, LocalDate.of(2025, 7, 10));

        Task report = fixtures.task(code, "ReportByCommune");
        assertThat(report.getDueDate().toInstant())
                .isEqualTo(LocalDate.of(2025, 8, 9)
                        .atTime(23, 59)
                        .atZone(Clocks.VIETNAM)
                        .toInstant());
        assertThat(engine.getTaskService().getIdentityLinksForTask(report.getId()))
                .anyMatch(l -> "QB0101".equals(l.getGroupId()));
        evaluate(code, report(8, 5, 3), "GOOD", "GOOD", null);

        SecurityModel model = models.findById(code).orElseThrow();
        assertThat(model.getClassification()).isEqualTo(Classification.GOOD);
        assertThat(model.getStatus()).isEqualTo(ModelStatus.ACTIVE);
        Evaluation first = evaluations.findByModelCodeAndCycleNo(code, 1).orElseThrow();
        assertThat(first.getOutcome()).isEqualTo(EvaluationOutcome.CLASSIFIED);
        assertThat(first.getRuleClassification()).isEqualTo(Classification.GOOD);
        assertThat(first.getProposedClassification()).isEqualTo(Classification.GOOD);
        assertThat(first.getFinalClassification()).isEqualTo(Classification.GOOD);
        assertThat(first.getReportedBy()).isEqualTo("commune1");
        assertThat(first.getProposedBy()).isEqualTo("district1");
        assertThat(first.getDecidedBy()).isEqualTo("province1");
        assertThat(first.indicators().valuableTips()).isEqualTo(5);
        assertThat(first.getNarrative()).isEqualTo("<p>Duy trì <b>tuần tra</b> hằng tuần.</p>");
        // the indicators cover the days from the approval to the day before the cycle fell due
        assertThat(first.getPeriodFrom()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(first.getPeriodTo()).isEqualTo(LocalDate.of(2025, 7, 9));

        HistoricProcessInstance finished = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(first.getProcessInstanceId())
                .singleResult();
        assertThat(finished.getState()).isEqualTo("COMPLETED");
        Evaluation second = evaluations.findByModelCodeAndCycleNo(code, 2).orElseThrow();
        assertThat(second.getOutcome()).isEqualTo(EvaluationOutcome.SCHEDULED);
        assertThat(second.getDueOn()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(second.getPeriodFrom())
                .as("the next period starts the day after")
                .isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(second.getPeriodTo()).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(fixtures.runningCycle(code).getId()).isEqualTo(second.getProcessInstanceId());
    }

    @Test
    void theProvinceMayDepartFromTheRuleOnlyWithAReason() {
        String code = fixtures.activeModel("commune1", "Zalo an ninh xóm Chợ");
        reachDueDate(code, LocalDate.of(2025, 7, 10));
        fixtures.complete("commune1", code, "ReportByCommune", report(8, 5, 3)); // the rule says GOOD
        fixtures.complete(
                "district1",
                code,
                "AssessByDistrict",
                choice("proposedClassification", "EXCELLENT", "Nhiều tin giá trị"));

        Throwable refused = catchThrowable(() -> fixtures.complete(
                "province1", code, "ClassifyByProvince", choice("classification", "EXCELLENT", null)));
        assertThat(refused)
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining(
                        "Lý do / ý kiến (reason): bắt buộc ghi lý do khi xếp loại khác với đề xuất theo tiêu chí (Khá)");
        assertThat(fixtures.task(code, "ClassifyByProvince")).isNotNull();

        fixtures.complete(
                "province1",
                code,
                "ClassifyByProvince",
                choice("classification", "EXCELLENT", "Góp phần phá chuyên án ma túy lớn"));
        Evaluation cycle = evaluations.findByModelCodeAndCycleNo(code, 1).orElseThrow();
        assertThat(cycle.getFinalClassification()).isEqualTo(Classification.EXCELLENT);
        assertThat(cycle.getOverrideReason()).isEqualTo("Góp phần phá chuyên án ma túy lớn");
        assertThat(models.findById(code).orElseThrow().getClassification()).isEqualTo(Classification.EXCELLENT);
    }

    @Test
    void theDistrictMayDepartFromTheRuleOnlyWithAReasonWhichTheProvinceSees() {
        String code = fixtures.activeModel("commune1", "Camera an ninh xóm Đình");
        reachDueDate(code, LocalDate.of(2025, 7, 10));
        fixtures.complete("commune1", code, "ReportByCommune", report(8, 5, 3)); // the rule says GOOD

        Throwable refused = catchThrowable(() -> fixtures.complete(
                "district1", code, "AssessByDistrict", choice("proposedClassification", "EXCELLENT", "  ")));
        assertThat(refused)
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("(reason): bắt buộc ghi lý do khi xếp loại khác với đề xuất theo tiêu chí (Khá)");
        assertThat(fixtures.task(code, "AssessByDistrict")).isNotNull();
        assertThat(evaluations.findByModelCodeAndCycleNo(code, 1).orElseThrow().getProposedClassification())
                .isNull();

        fixtures.complete(
                "district1",
                code,
                "AssessByDistrict",
                choice("proposedClassification", "EXCELLENT", "Nhiều tin giá trị về ma túy"));
        Evaluation cycle = evaluations.findByModelCodeAndCycleNo(code, 1).orElseThrow();
        assertThat(cycle.getProposedClassification()).isEqualTo(Classification.EXCELLENT);
        assertThat(cycle.getAssessmentNote()).isEqualTo("Nhiều tin giá trị về ma túy");
        // the province's form shows the district's reason, and starts with an empty reason of its own
        String classify = fixtures.task(code, "ClassifyByProvince").getId();
        assertThat(engine.getTaskService().getVariable(classify, "assessmentReason"))
                .isEqualTo("Nhiều tin giá trị về ma túy");
        assertThat(engine.getTaskService().getVariable(classify, "reason")).isNull();
        // following the rule needs no reason at either level
        fixtures.complete("province1", code, "ClassifyByProvince", choice("classification", "GOOD", null));
        assertThat(evaluations.findByModelCodeAndCycleNo(code, 1).orElseThrow().getFinalClassification())
                .isEqualTo(Classification.GOOD);
    }

    @Test
    void anExcellentModelStaysActiveWithItsNextEvaluationScheduled() {
        String code = fixtures.activeModel("commune1", "Xã không ma túy");
        reachDueDate(code, LocalDate.of(2025, 7, 10));
        evaluate(code, report(15, 12, 6), "EXCELLENT", "EXCELLENT", null);

        assertThat(models.findById(code).orElseThrow().getStatus()).isEqualTo(ModelStatus.ACTIVE);
        List<Job> jobs = fixtures.jobs(code);
        assertThat(jobs).hasSize(1);
        assertThat(jobs.get(0).getDuedate().toInstant())
                .isEqualTo(LocalDate.of(2026, 1, 10)
                        .atTime(7, 0)
                        .atZone(Clocks.VIETNAM)
                        .toInstant());
    }

    @Test
    void weakTwiceInARowRetiresTheModel() {
        String code = fixtures.activeModel("commune1", "Tổ an ninh công nhân");
        reachDueDate(code, LocalDate.of(2025, 7, 10));
        evaluate(code, report(0, 0, 0), "WEAK", "WEAK", null);
        assertThat(models.findById(code).orElseThrow().getStatus()).isEqualTo(ModelStatus.ACTIVE);

        reachDueDate(code, LocalDate.of(2026, 1, 10));
        evaluate(code, report(1, 0, 0), "WEAK", "WEAK", null);

        SecurityModel model = models.findById(code).orElseThrow();
        assertThat(model.getStatus()).isEqualTo(ModelStatus.RETIRED);
        assertThat(model.getRetiredReason()).isEqualTo("Xếp loại Yếu hai kỳ đánh giá liên tiếp");
        assertThat(fixtures.runningCycle(code)).isNull();
        assertThat(fixtures.jobs(code)).isEmpty();
        assertThat(notifications.findByModelCodeOrderByCreatedAt(code))
                .extracting(Notification::getUnitCode)
                .containsExactlyInAnyOrder("QB0101", "QB01");
    }

    @Test
    void missedReportsTwiceInARowRetireTheModel() {
        String code = fixtures.activeModel("commune1", "Giáo xứ không có tội phạm");
        reachDueDate(code, LocalDate.of(2025, 7, 10));
        assertThat(fixtures.task(code, "ReportByCommune")).isNotNull();

        Models.setClock(LocalDateTime.of(2025, 8, 10, 8, 0)); // the deadline (9 August) has passed
        fixtures.runDueJobs(code);
        assertThat(evaluations.findByModelCodeAndCycleNo(code, 1).orElseThrow().getOutcome())
                .isEqualTo(EvaluationOutcome.MISSED);
        assertThat(models.findById(code).orElseThrow().getStatus()).isEqualTo(ModelStatus.ACTIVE);

        reachDueDate(code, LocalDate.of(2026, 1, 10));
        Models.setClock(LocalDateTime.of(2026, 2, 10, 8, 0));
        fixtures.runDueJobs(code);

        SecurityModel model = models.findById(code).orElseThrow();
        assertThat(model.getStatus()).isEqualTo(ModelStatus.RETIRED);
        assertThat(model.getRetiredReason())
                .isEqualTo("Không báo cáo kết quả hoạt động đúng hạn hai kỳ đánh giá liên tiếp");
        assertThat(fixtures.jobs(code)).isEmpty();
        assertThat(fixtures.runningCycle(code)).isNull();
    }

    @Test
    void aBadReportIsRefusedNamingTheField() {
        String code = fixtures.activeModel("commune1", "Camera an ninh chợ");
        reachDueDate(code, LocalDate.of(2025, 7, 10));

        Map<String, Object> tooManyValuable = report(5, 5, 1);
        tooManyValuable.put("tips", 4L);
        assertThat(catchThrowable(() -> fixtures.complete("commune1", code, "ReportByCommune", tooManyValuable)))
                .hasMessageContaining("Số tin có giá trị (valuableTips): không được lớn hơn số nguồn tin tiếp nhận");
        Map<String, Object> negative = report(5, 2, 1);
        negative.put("camerasInstalled", -1L);
        assertThat(catchThrowable(() -> fixtures.complete("commune1", code, "ReportByCommune", negative)))
                .hasMessageContaining("Số camera lắp đặt (camerasInstalled): phải lớn hơn hoặc bằng 0");
        Map<String, Object> noNarrative = report(5, 2, 1);
        noNarrative.remove("narrative");
        assertThat(catchThrowable(() -> fixtures.complete("commune1", code, "ReportByCommune", noNarrative)))
                .hasMessageContaining("Đánh giá chung (narrative): chưa nhập");
        assertThat(catchThrowable(() -> fixtures.complete("commune2", code, "ReportByCommune", report(5, 2, 1))))
                .hasMessageContaining("commune2");

        assertThat(fixtures.task(code, "ReportByCommune")).isNotNull();
        assertThat(evaluations.findByModelCodeAndCycleNo(code, 1).orElseThrow().getOutcome())
                .isEqualTo(EvaluationOutcome.SCHEDULED);
    }

    @Test
    void aCommuneOfAProvinceWithoutDistrictsIsClassifiedStraightByTheProvince() {
        String code = fixtures.activeModel("commune4", "Tổ tuần tra biên giới Cửa Tùng");
        reachDueDate(code, LocalDate.of(2025, 7, 10));
        fixtures.complete("commune4", code, "ReportByCommune", report(6, 4, 2));

        assertThat(fixtures.task(code, "AssessByDistrict")).isNull();
        fixtures.complete("province2", code, "ClassifyByProvince", choice("classification", "GOOD", null));
        assertThat(models.findById(code).orElseThrow().getClassification()).isEqualTo(Classification.GOOD);
        ProcessInstance next = fixtures.runningCycle(code);
        assertThat(next).isNotNull();
    }
}

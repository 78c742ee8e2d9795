package vn.antq.models.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.support.Acting;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Proposals;

/**
 * Every server-side rule of the proposal forms: a refusal names the field in Vietnamese and leaves
 * no trace (no model, no instance, no history, no decision).
 */
@PostgresTest
class ProposalValidationTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ModelRepository models;

    @Autowired
    JdbcTemplate jdbc;

    Acting acting;

    @BeforeEach
    void setUp() {
        acting = new Acting(engine);
    }

    String definitionId() {
        return engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-proposal")
                .latestVersion()
                .singleResult()
                .getId();
    }

    /** Row counts of everything a proposal could leave behind. */
    Map<String, Long> footprint() {
        return Map.of(
                "models", count("security_model"),
                "decisions", count("model_decision"),
                "instances", count("act_hi_procinst"),
                "variables", count("act_hi_varinst"),
                "details", count("act_hi_detail"),
                "tasks", count("act_ru_task"),
                "authorizations", count("act_ru_authorization"));
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    static Stream<Arguments> badStartForms() {
        String tomorrow = LocalDate.now().plusDays(2).toString();
        return Stream.of(
                Arguments.of("modelName", null, "Tên mô hình (modelName): chưa nhập"),
                Arguments.of("modelName", "   ", "Tên mô hình (modelName): chưa nhập"),
                Arguments.of("modelName", "x".repeat(201), "Tên mô hình (modelName): dài quá 200 ký tự"),
                Arguments.of(
                        "modelName", "<script>alert(1)</script>", "Tên mô hình (modelName): không được chứa thẻ HTML"),
                Arguments.of("modelName", 42L, "Tên mô hình (modelName): phải là chuỗi ký tự"),
                Arguments.of("field", "SPACE", "Lĩnh vực (field): giá trị không nằm trong danh sách"),
                Arguments.of("field", null, "Lĩnh vực (field): chưa nhập"),
                Arguments.of(
                        "hostType",
                        "residential_area",
                        "Nơi xây dựng mô hình (hostType): giá trị không nằm trong danh sách"),
                Arguments.of("decisionNo", "", "Số quyết định thành lập (decisionNo): chưa nhập"),
                Arguments.of("foundedOn", tomorrow, "Ngày thành lập (foundedOn): không được sau ngày hôm nay"),
                Arguments.of("foundedOn", "01/03/2025", "Ngày thành lập (foundedOn): phải là ngày hợp lệ"),
                Arguments.of("foundedOn", "2025-02-30", "Ngày thành lập (foundedOn): phải là ngày hợp lệ"),
                Arguments.of("foundedOn", null, "Ngày thành lập (foundedOn): chưa nhập"),
                Arguments.of("leaderName", null, "Người phụ trách (leaderName): chưa nhập"),
                Arguments.of(
                        "leaderPhone",
                        "gọi tôi",
                        "Số điện thoại người phụ trách (leaderPhone): không phải số điện thoại hợp lệ"),
                Arguments.of("members", 0L, "Số thành viên (members): phải lớn hơn hoặc bằng 1"),
                Arguments.of("members", -5L, "Số thành viên (members): phải lớn hơn hoặc bằng 1"),
                Arguments.of("members", 1.5d, "Số thành viên (members): phải là số nguyên"),
                Arguments.of("members", "mười", "Số thành viên (members): phải là số nguyên"),
                Arguments.of("members", null, "Số thành viên (members): chưa nhập"),
                Arguments.of("goals", "<p><br></p>", "Mục tiêu (goals): chưa nhập"),
                Arguments.of("goals", "<script>alert('x')</script>", "Mục tiêu (goals): chưa nhập"),
                Arguments.of("activities", null, "Nội dung hoạt động (activities): chưa nhập"),
                Arguments.of("activities", "a".repeat(4001), "Nội dung hoạt động (activities): dài quá 4.000 ký tự"),
                Arguments.of("goals", "<p>" + "b".repeat(4001) + "</p>", "Mục tiêu (goals): dài quá 4.000 ký tự"),
                Arguments.of("funding", "x".repeat(1001), "Kinh phí (funding): dài quá 1.000 ký tự"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badStartForms")
    void badStartFormIsRefusedNamingTheFieldAndStoresNothing(String field, Object value, String message) {
        Map<String, Long> before = footprint();
        String definitionId = definitionId();

        Throwable refusal = catchThrowable(() -> acting.run(
                "commune1",
                () -> engine.getFormService()
                        .submitStartForm(definitionId, Proposals.with("Mô hình thử", field, value))));

        assertThat(refusal).isInstanceOf(FormFieldValidationException.class).hasMessageContaining(message);
        assertThat(refusal).isInstanceOf(vn.antq.models.common.FieldRefusal.class);
        assertThat(((vn.antq.models.common.FieldRefusal) refusal).getField()).isEqualTo(field);
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void onlyACommuneOfficerMayPropose() {
        Map<String, Long> before = footprint();
        String definitionId = definitionId();

        Throwable refusal = catchThrowable(() -> acting.run(
                "admin",
                () -> engine.getFormService().submitStartForm(definitionId, Proposals.valid("Mô hình của quản trị"))));

        assertThat(refusal)
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Đơn vị (unit): chỉ cán bộ Công an xã mới được đề xuất");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void richTextIsCleanedAndVietnameseIsStoredPrecomposedEverywhere() {
        Map<String, Object> form = Proposals.valid("Lo\u0323\u0302c Thu\u0309y an toa\u0300n"); // combining marks
        form.put(
                "goals",
                "<p onclick=\"steal()\">Giữ <b>bình yên</b><script>alert(1)</script>"
                        + "<a href=\"javascript:alert(1)\">xem</a><img src=x onerror=alert(1)></p>");
        String definitionId = definitionId();

        ProcessInstance pi = acting.as("commune1", () -> engine.getFormService().submitStartForm(definitionId, form));

        String goals = models.findById(pi.getBusinessKey()).orElseThrow().getGoals();
        assertThat(goals).isEqualTo("<p>Giữ <b>bình yên</b><a rel=\"nofollow\">xem</a></p>");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "goals")).isEqualTo(goals);
        assertThat(models.findById(pi.getBusinessKey()).orElseThrow().getName()).isEqualTo("Lộc Thủy an toàn");
        assertThat(jdbc.queryForList(
                        "select text_ from act_hi_varinst where proc_inst_id_ = ? and name_ = 'goals'",
                        String.class,
                        pi.getId()))
                .containsExactly(goals);
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_hi_detail where proc_inst_id_ = ? and text_ like '%script%'",
                        Long.class, pi.getId()))
                .isZero();
    }

    @Test
    void reviewWithoutADecisionIsRefusedAndTheTaskStays() {
        ProcessInstance pi = proposeAsCommune1("Mô hình chờ thẩm định");
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .singleResult();
        Map<String, Long> before = footprint();

        Throwable missing = catchThrowable(() ->
                acting.run("district1", () -> engine.getFormService().submitTaskForm(task.getId(), Map.of())));
        Throwable unknown = catchThrowable(() -> acting.run(
                "district1",
                () -> engine.getFormService().submitTaskForm(task.getId(), Proposals.decision("maybe", null))));

        assertThat(missing)
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Kết quả (decision): chưa nhập");
        assertThat(unknown)
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Kết quả (decision): giá trị không nằm");
        assertThat(footprint()).isEqualTo(before);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .count())
                .isEqualTo(1);
    }

    @Test
    void returnAndRejectNeedAReason() {
        ProcessInstance pi = proposeAsCommune1("Mô hình cần lý do");
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .singleResult();
        Map<String, Long> before = footprint();

        for (String decision : new String[] {"return", "reject"}) {
            Throwable refusal = catchThrowable(() -> acting.run(
                    "district1",
                    () -> engine.getFormService().submitTaskForm(task.getId(), Proposals.decision(decision, "  "))));
            assertThat(refusal)
                    .isInstanceOf(FormFieldValidationException.class)
                    .hasMessageContaining("Lý do / ý kiến (reason): chưa nhập");
        }
        Throwable tooLong = catchThrowable(() -> acting.run(
                "district1",
                () -> engine.getFormService()
                        .submitTaskForm(task.getId(), Proposals.decision("reject", "x".repeat(2001)))));
        assertThat(tooLong).hasMessageContaining("Lý do / ý kiến (reason): dài quá 2.000 ký tự");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void badRevisionIsRefusedAndTheRegistryKeepsThePreviousText() {
        ProcessInstance pi = proposeAsCommune1("Mô hình trả lại");
        Task review = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .singleResult();
        acting.run(
                "district1",
                () -> engine.getFormService().submitTaskForm(review.getId(), Proposals.decision("return", "Bổ sung")));
        Task revision = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .singleResult();
        Map<String, Long> before = footprint();

        Throwable refusal = catchThrowable(() -> acting.run(
                "commune1",
                () -> engine.getFormService()
                        .submitTaskForm(revision.getId(), Proposals.with("Tên mới", "members", 0L))));

        assertThat(refusal)
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Số thành viên (members)");
        assertThat(footprint()).isEqualTo(before);
        assertThat(models.findById(pi.getBusinessKey()).orElseThrow().getName()).isEqualTo("Mô hình trả lại");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "modelName"))
                .isEqualTo("Mô hình trả lại");
    }

    ProcessInstance proposeAsCommune1(String name) {
        String definitionId = definitionId();
        return acting.as(
                "commune1", () -> engine.getFormService().submitStartForm(definitionId, Proposals.valid(name)));
    }
}

package vn.antq.models.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.OnBehalf;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.mail.Recipients;
import vn.antq.models.support.Acting;
import vn.antq.models.support.BulkModels;
import vn.antq.models.support.Jobs;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Rest;

/**
 * "Người làm thay": commune1 records an absence with a colleague of Xã Lộc Thủy standing in. From its
 * first day the tasks assigned to commune1 and any assigned during it go to the stand-in, reminders
 * too, the history says "on behalf of"; when it ends the stand-in keeps what they took.
 */
@PostgresTest
class StandInTest {

    static final String STAND_IN = "commune1b";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    Recipients recipients;

    @Autowired
    JdbcTemplate jdbc;

    Rest rest;
    Models fixtures;
    Acting acting;

    @BeforeEach
    void setUp() {
        rest = new Rest(port);
        fixtures = new Models(engine);
        acting = new Acting(engine);
        BulkModels.official(engine.getIdentityService(), STAND_IN, "QB0101");
        Models.setClock(LocalDateTime.of(2025, 2, 1, 9, 0));
    }

    @AfterEach
    void back() {
        rest.delete("commune1", "/api/me/absence");
        ClockUtil.reset();
    }

    /** A model of commune1 whose report task waits, the clock on its day. */
    Task waitingReport(String name) {
        String code = fixtures.activeModel("commune1", name);
        Job timer = fixtures.jobs(code).stream()
                .filter(j -> j.getDuedate() != null)
                .findFirst()
                .orElseThrow();
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
        fixtures.runDueJobs(code);
        return fixtures.task(code, ProcessIds.REPORT_BY_COMMUNE);
    }

    void claim(Task task) {
        acting.run("commune1", () -> engine.getTaskService().claim(task.getId(), "commune1"));
    }

    @Test
    void aStandInMustBeAColleagueOfTheSameUnitAndTheDatesMustHold() {
        String today = Clocks.today().toString();
        String later = Clocks.today().plusDays(5).toString();
        Rest.Response other =
                rest.put("commune1", "/api/me/absence", Map.of("from", today, "to", later, "standIn", "commune2"));
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().get("field").asText()).isEqualTo("standIn");
        assertThat(other.json().get("message").asText()).contains("cùng đơn vị");
        assertThat(rest.put("commune1", "/api/me/absence", Map.of("from", today, "to", later, "standIn", "commune1"))
                        .json()
                        .get("field")
                        .asText())
                .isEqualTo("standIn");
        Rest.Response backwards =
                rest.put("commune1", "/api/me/absence", Map.of("from", later, "to", today, "standIn", STAND_IN));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("field").asText()).isEqualTo("to");
        assertThat(rest.put("commune1", "/api/me/absence", Map.of("from", "hôm nay", "to", later, "standIn", STAND_IN))
                        .json()
                        .get("field")
                        .asText())
                .isEqualTo("from");
        assertThat(rest.get("commune1", "/api/me/absence").json().get("absence").isNull())
                .isTrue();
    }

    @Test
    void duringTheAbsenceTheStandInGetsTheTasksAndRemindersAndKeepsThemAfter() {
        Task first = waitingReport("Camera an ninh xóm Trung");
        Task second = waitingReport("Loa truyền thanh xóm Trung");
        claim(first);
        LocalDate today = Clocks.today();
        Rest.Response recorded = rest.put(
                "commune1",
                "/api/me/absence",
                Map.of("from", today.toString(), "to", today.plusDays(6).toString(), "standIn", STAND_IN));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        String absence = recorded.json().get("absence").get("processInstanceId").asText();

        // its first day: the handover
        Jobs.drain(engine.getManagementService(), absence);
        Task handed =
                engine.getTaskService().createTaskQuery().taskId(first.getId()).singleResult();
        assertThat(handed.getAssignee()).isEqualTo(STAND_IN);
        assertThat(engine.getTaskService().getVariableLocal(first.getId(), OnBehalf.VARIABLE))
                .isEqualTo("commune1");
        assertThat(engine.getTaskService().getTaskComments(first.getId()))
                .extracting(c -> c.getFullMessage())
                .anySatisfy(m -> assertThat(m).contains("làm thay"));

        // a task assigned to commune1 during the absence goes to the stand-in too
        claim(second);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(second.getId())
                        .singleResult()
                        .getAssignee())
                .isEqualTo(STAND_IN);

        // reminders: the stand-in in place of commune1, for the assigned and for the unit's tasks
        assertThat(recipients.of("commune1", List.of("QB0101")))
                .extracting(User::getId)
                .containsExactly(STAND_IN);
        assertThat(recipients.membersOf(List.of("QB0101")))
                .extracting(User::getId)
                .contains(STAND_IN)
                .doesNotContain("commune1");

        // the stand-in reports; the history says on whose behalf
        String code = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(first.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
        acting.run(STAND_IN, () -> engine.getFormService().submitTaskForm(first.getId(), Models.reportFor("GOOD")));
        assertThat(jdbc.queryForMap(
                        "select decided_by, on_behalf_of from model_decision where model_code = ? and step = ?",
                        code,
                        ProcessIds.REPORT_BY_COMMUNE))
                .containsEntry("decided_by", STAND_IN)
                .containsEntry("on_behalf_of", "commune1");
        assertThat(rest.get("commune1", "/api/models/" + code).json().toString())
                .contains("\"onBehalfOf\":\"commune1\"");

        // the stand-in gets nothing outside the unit
        assertThat(rest.get(STAND_IN, "/engine-rest/task?candidateGroup=QB0102&maxResults=100")
                        .json())
                .isEmpty();

        // the day after the last: over; the stand-in keeps the second task, commune1 is told again
        ClockUtil.setCurrentTime(Clocks.at(today.plusDays(7), java.time.LocalTime.of(8, 0)));
        Jobs.drain(engine.getManagementService(), absence);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(absence)
                        .count())
                .isZero();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(second.getId())
                        .singleResult()
                        .getAssignee())
                .isEqualTo(STAND_IN);
        assertThat(recipients.of("commune1", List.of("QB0101")))
                .extracting(User::getId)
                .containsExactly("commune1");
    }

    @Test
    void anAbsenceEndedEarlyCancelsItsInstance() {
        LocalDate start = Clocks.today().plusDays(3);
        Rest.Response recorded = rest.put(
                "commune1",
                "/api/me/absence",
                Map.of("from", start.toString(), "to", start.plusDays(2).toString(), "standIn", STAND_IN));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        String absence = recorded.json().get("absence").get("processInstanceId").asText();
        assertThat(rest.get("commune1", "/api/me/absence")
                        .json()
                        .get("absence")
                        .get("standIn")
                        .asText())
                .isEqualTo(STAND_IN);
        assertThat(rest.delete("commune1", "/api/me/absence").status()).isEqualTo(200);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(absence)
                        .count())
                .isZero();
        assertThat(rest.get("commune1", "/api/me/absence").json().get("absence").isNull())
                .isTrue();
        assertThat(rest.delete("commune1", "/api/me/absence").status()).isEqualTo(404);
    }
}

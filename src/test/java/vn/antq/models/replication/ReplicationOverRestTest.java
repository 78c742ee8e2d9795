package vn.antq.models.replication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antq.models.notification.NotificationRepository;
import vn.antq.models.support.ExtraCommune;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Rest;

/**
 * End to end on a real PostgreSQL over HTTP: a campaign to three communes, one accepts, one
 * declines, one never answers. It ends with one point that has its own lifecycle job, one decline
 * with its reason, and one escalation to the silent commune's district.
 */
@PostgresTest
class ReplicationOverRestTest {

    static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    ExtraCommune extraCommune;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    TargetRepository targets;

    Rest rest;

    @BeforeEach
    void setUp() {
        rest = new Rest(port);
        extraCommune.ensure();
        Models.setClock(LocalDateTime.of(2025, 1, 20, 9, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    String taskOf(String login, String campaign) {
        JsonNode tasks = rest.get(login, "/engine-rest/task?maxResults=100&processInstanceBusinessKey=" + campaign)
                .json();
        assertThat(tasks).as("tasks of " + login).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    @Test
    void oneAcceptsOneDeclinesOneNeverAnswers() {
        Models models = new Models(engine);
        String source = models.activeModel("commune1", "Tổ liên gia tự quản an ninh");
        models.classify(source, "commune1", "EXCELLENT");
        Models.setClock(TODAY.atTime(9, 0));

        Rest.Response started = rest.post(
                "province1",
                "/engine-rest/process-definition/key/model-replication/submit-form",
                Rest.variables(Map.of(
                        "sourceCode",
                        source,
                        "targetUnits",
                        "QB0102,QB0201," + ExtraCommune.CODE,
                        "deadline",
                        TODAY.plusDays(14).toString())));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String campaign = started.json().get("businessKey").asText();
        String pi = started.json().get("id").asText();

        Rest.Response accepted = rest.post(
                "commune2",
                "/engine-rest/task/" + taskOf("commune2", campaign) + "/submit-form",
                Rest.variables(Map.of(
                        "decision",
                        "accept",
                        "leaderName",
                        "Hồ Văn Sơn",
                        "members",
                        11,
                        "startedOn",
                        TODAY.plusDays(3).toString())));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
        Rest.Response declined = rest.post(
                "commune3",
                "/engine-rest/task/" + taskOf("commune3", campaign) + "/submit-form",
                Rest.variables(Map.of("decision", "decline", "reason", "Chưa bố trí được lực lượng")));
        assertThat(declined.status()).isEqualTo(204);
        assertThat(rest.get(
                                ExtraCommune.LOGIN,
                                "/engine-rest/task?maxResults=100&processInstanceBusinessKey=" + campaign)
                        .json())
                .hasSize(1);

        Models.setClock(TODAY.plusDays(15).atTime(8, 0));
        JsonNode due = rest.get(
                        "admin",
                        "/engine-rest/job?maxResults=100&executable=true&activityId=AnswerDeadline&processInstanceId="
                                + pi)
                .json();
        assertThat(due).hasSize(1);
        assertThat(rest.post("admin", "/engine-rest/job/" + due.get(0).get("id").asText() + "/execute", Map.of())
                        .status())
                .isEqualTo(204);

        assertThat(rest.get("admin", "/engine-rest/process-instance/" + pi).status())
                .isEqualTo(404);
        assertThat(rest.get(
                                ExtraCommune.LOGIN,
                                "/engine-rest/task?maxResults=100&processInstanceBusinessKey=" + campaign)
                        .json())
                .isEmpty();

        JsonNode origin = rest.get("province1", "/api/models/" + source).json();
        assertThat(origin.get("points")).hasSize(1);
        String pointCode = origin.get("points").get(0).asText();
        JsonNode point = rest.get("commune2", "/api/models/" + pointCode).json();
        assertThat(point.get("originCode").asText()).isEqualTo(source);
        assertThat(point.get("unitCode").asText()).isEqualTo("QB0102");
        assertThat(point.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(point.get("evaluations").get(0).get("outcome").asText()).isEqualTo("SCHEDULED");
        String pointCycle = rest.get(
                        "admin",
                        "/engine-rest/process-instance?maxResults=100&processDefinitionKey=model-lifecycle&businessKey="
                                + pointCode)
                .json()
                .get(0)
                .get("id")
                .asText();
        assertThat(rest.get("admin", "/engine-rest/job?maxResults=100&processInstanceId=" + pointCycle)
                        .json())
                .hasSize(1);

        assertThat(notifications.findByModelCodeOrderByCreatedAt(source)).anySatisfy(n -> {
            assertThat(n.getUnitCode()).isEqualTo("QB02");
            assertThat(n.getKind()).isEqualTo("noAnswer");
            assertThat(n.getBody()).contains("Xã Vạn Ninh");
        });
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(pi)
                        .singleResult()
                        .getEndActivityId())
                .isEqualTo("ClosedAtDeadline");
        List<Target> answers = targets.findByCampaignCodeOrderByUnitCode(campaign);
        assertThat(answers)
                .extracting(Target::getUnitCode, Target::getOutcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("QB0102", Target.Outcome.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple("QB0201", Target.Outcome.DECLINED),
                        org.assertj.core.groups.Tuple.tuple(ExtraCommune.CODE, Target.Outcome.NO_ANSWER));
        assertThat(answers.get(1).getReason()).isEqualTo("Chưa bố trí được lực lượng");

        JsonNode report =
                rest.get("supervisor", "/api/reports/replication?unit=QB01").json();
        JsonNode phongThuy = null;
        for (JsonNode row : report.get("rows")) {
            if (row.get("unitCode").asText().equals("QB0102")) {
                phongThuy = row;
            }
        }
        assertThat(phongThuy).isNotNull();
        assertThat(phongThuy.get("points").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(report.get("total").get("places").asLong())
                .isEqualTo(report.get("total").get("models").asLong()
                        + report.get("total").get("points").asLong());
        JsonNode province =
                rest.get("supervisor", "/api/reports/replication?unit=QB").json();
        long rowPoints = 0;
        long rowModels = 0;
        for (JsonNode row : province.get("rows")) {
            rowPoints += row.get("points").asLong();
            rowModels += row.get("models").asLong();
        }
        assertThat(province.get("rows"))
                .extracting(r -> r.get("unitCode").asText())
                .containsExactly("QB01", "QB02");
        assertThat(province.get("total").get("points").asLong())
                .isEqualTo(rowPoints)
                .isGreaterThanOrEqualTo(1);
        assertThat(province.get("total").get("models").asLong())
                .isEqualTo(rowModels)
                .isGreaterThanOrEqualTo(1);
        JsonNode commune = rest.get("commune2", "/api/reports/replication").json();
        assertThat(commune.get("rows")).hasSize(1);
        assertThat(commune.get("total").get("points").asLong()).isGreaterThanOrEqualTo(1);
    }
}

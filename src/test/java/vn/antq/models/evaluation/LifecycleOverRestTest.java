package vn.antq.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Proposals;
import vn.antq.models.support.Rest;

/**
 * End to end on a real PostgreSQL over HTTP: one model through two yearly cycles to automatic
 * retirement. Officials work through /engine-rest as Tasklist does; the administrator runs the due
 * timers through /engine-rest as Cockpit does; nothing is left scheduled at the end.
 */
@PostgresTest
class LifecycleOverRestTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    Rest rest;

    @BeforeEach
    void setUp() {
        rest = new Rest(port);
        Models.setClock(LocalDateTime.of(2025, 2, 1, 9, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    String startProposal() {
        Rest.Response r = rest.post(
                "commune3",
                "/engine-rest/process-definition/key/model-proposal/submit-form",
                Rest.variables(Proposals.valid("Xóm chài bình yên Gia Ninh")));
        assertThat(r.status()).isEqualTo(200);
        return r.json().get("businessKey").asText();
    }

    String taskId(String login, String code, String taskKey) {
        JsonNode tasks = rest.get(
                        login,
                        "/engine-rest/task?maxResults=100&processInstanceBusinessKey=" + code + "&taskDefinitionKey="
                                + taskKey)
                .json();
        assertThat(tasks).as(taskKey + " for " + login).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    void submit(String login, String code, String taskKey, Map<String, Object> form) {
        Rest.Response r = rest.post(
                login, "/engine-rest/task/" + taskId(login, code, taskKey) + "/submit-form", Rest.variables(form));
        assertThat(r.status()).as(r.body()).isEqualTo(204);
    }

    /** As an operator in Cockpit: moves to the day and executes the model's due jobs. */
    void runDueJobsOn(LocalDate day, String code) {
        Models.setClock(day.atTime(8, 0));
        String lifecycle = rest.get(
                        "admin",
                        "/engine-rest/process-instance?maxResults=100&processDefinitionKey=model-lifecycle&businessKey="
                                + code)
                .json()
                .get(0)
                .get("id")
                .asText();
        JsonNode due = rest.get(
                        "admin", "/engine-rest/job?maxResults=100&executable=true&processInstanceId=" + lifecycle)
                .json();
        assertThat(due).hasSize(1);
        assertThat(rest.post("admin", "/engine-rest/job/" + due.get(0).get("id").asText() + "/execute", Map.of())
                        .status())
                .isEqualTo(204);
    }

    Map<String, Object> weakReport() {
        Map<String, Object> r = new HashMap<>();
        for (String key : Indicators.KEYS) {
            r.put(key, 0L);
        }
        r.put("outreachSessions", 1L);
        r.put("narrative", "Mô hình hoạt động cầm chừng.");
        return r;
    }

    void weakCycle(String code) {
        submit("commune3", code, "ReportByCommune", weakReport());
        submit("district2", code, "AssessByDistrict", Map.of("proposedClassification", "WEAK"));
        submit("province1", code, "ClassifyByProvince", Map.of("classification", "WEAK"));
    }

    @Test
    void aModelWeakInTwoYearlyCyclesIsRetiredWithNothingLeftScheduled() {
        String code = startProposal();
        submit("district2", code, "ReviewByDistrict", Proposals.decision("approve", null));
        submit("province1", code, "ApproveByProvince", Proposals.decision("approve", null));
        assertThat(rest.get("commune3", "/api/models/" + code)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("ACTIVE");

        runDueJobsOn(LocalDate.of(2025, 8, 1), code);
        weakCycle(code);
        JsonNode afterFirst = rest.get("commune3", "/api/models/" + code).json();
        assertThat(afterFirst.get("classification").asText()).isEqualTo("WEAK");
        assertThat(afterFirst.get("evaluations")).hasSize(2);
        assertThat(afterFirst.get("evaluations").get(1).get("period").asText()).isEqualTo("2026-02-01");
        assertThat(afterFirst.get("evaluations").get(1).get("outcome").asText()).isEqualTo("SCHEDULED");

        runDueJobsOn(LocalDate.of(2026, 2, 1), code);
        weakCycle(code);

        JsonNode retired = rest.get("supervisor", "/api/models/" + code).json();
        assertThat(retired.get("status").asText()).isEqualTo("RETIRED");
        assertThat(retired.get("retiredReason").asText()).isEqualTo("Xếp loại Yếu hai kỳ đánh giá liên tiếp");
        assertThat(retired.get("evaluations")).hasSize(2);
        JsonNode first = retired.get("evaluations").get(0);
        assertThat(first.get("classification").asText()).isEqualTo("WEAK");
        assertThat(first.get("indicators").get("outreachSessions").asLong()).isEqualTo(1);
        assertThat(retired.get("decisions").findValuesAsText("outcome")).contains("retired");

        assertThat(rest.get("admin", "/engine-rest/process-instance?maxResults=100&businessKey=" + code)
                        .json())
                .isEmpty();
        assertThat(engine.getManagementService().createJobQuery().list().stream()
                        .filter(j -> j.getProcessInstanceId() != null)
                        .map(j -> engine.getHistoryService()
                                .createHistoricProcessInstanceQuery()
                                .processInstanceId(j.getProcessInstanceId())
                                .singleResult()
                                .getBusinessKey()))
                .doesNotContain(code);
    }

    @Test
    void anAdministratorCanMakeAWaitingEvaluationFallDueToday() {
        String code = startProposal();
        submit("district2", code, "ReviewByDistrict", Proposals.decision("approve", null));
        submit("province1", code, "ApproveByProvince", Proposals.decision("approve", null));
        String path = "/api/admin/models/" + code + "/evaluation-due-now";

        assertThat(rest.post("province1", path, Map.of()).status()).isEqualTo(403);
        Rest.Response moved = rest.post("admin", path, Map.of());
        assertThat(moved.status()).isEqualTo(200);
        String jobId = moved.json().get("jobId").asText();
        assertThat(rest.post("admin", "/engine-rest/job/" + jobId + "/execute", Map.of())
                        .status())
                .isEqualTo(204);

        JsonNode report = rest.get("commune3", "/engine-rest/task/" + taskId("commune3", code, "ReportByCommune"))
                .json();
        assertThat(report.get("due").asText()).startsWith("2025-03-03"); // 1 February + 30 days, 23:59 in Vietnam
        JsonNode cycle = rest.get("commune3", "/api/models/" + code)
                .json()
                .get("evaluations")
                .get(0);
        assertThat(cycle.get("period").asText()).isEqualTo("2025-02-01");
        assertThat(rest.post("admin", path, Map.of()).status()).isEqualTo(409);
        assertThat(rest.get("admin", "/api/models/" + code).json().get("trail")).anySatisfy(e -> {
            assertThat(e.get("who").asText()).isEqualTo("admin");
            assertThat(e.get("outcome").asText()).isEqualTo("SetDueDate");
        });
    }
}

package vn.antq.models.yearend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Rest;

/**
 * "Xếp loại cuối năm" over HTTP as its form uses it: who may open a sitting, whose work the list
 * holds, and a sitting's drafts touched only by its own official, each bad row refused by its number.
 */
@PostgresTest
class YearEndApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    Rest rest;
    Models fixtures;

    @BeforeEach
    void setUp() {
        rest = new Rest(port);
        fixtures = new Models(engine);
        Models.setClock(LocalDateTime.of(2025, 2, 1, 9, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** A model of commune4 (Quảng Trị, no district tier) whose report waits for province2's class. */
    String waitingInQuangTri(String name, String ruleClass) {
        String code = fixtures.activeModel("commune4", name);
        Job timer = fixtures.jobs(code).stream()
                .filter(j -> j.getDuedate() != null)
                .findFirst()
                .orElseThrow();
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
        fixtures.runDueJobs(code);
        fixtures.complete("commune4", code, ProcessIds.REPORT_BY_COMMUNE, Models.reportFor(ruleClass));
        return code;
    }

    String startSitting(String login) {
        Rest.Response r = rest.post(
                login,
                "/engine-rest/process-definition/key/year-end-classification/submit-form",
                Rest.variables(Map.of()));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    @Test
    void theListHoldsOnlyTheCallersUnitsWorkAndFilters() {
        String code = waitingInQuangTri("Camera an ninh xóm Đông", "GOOD");

        JsonNode province2 =
                rest.get("province2", "/api/year-end/waiting?size=200").json();
        assertThat(province2.get("step").asText()).isEqualTo("PROVINCE");
        assertThat(codes(province2)).contains(code);
        JsonNode row = row(province2, code);
        assertThat(row.get("rule").asText()).isEqualTo("GOOD");
        assertThat(row.get("proposal").asText()).isEqualTo("GOOD");
        assertThat(row.get("communeName").asText()).isEqualTo("Xã Cửa Tùng");
        assertThat(row.get("indicators").get("outreachSessions").asLong()).isEqualTo(8);

        // another province, a commune: none of it
        assertThat(codes(rest.get("province1", "/api/year-end/waiting?size=200").json()))
                .doesNotContain(code);
        JsonNode commune = rest.get("commune4", "/api/year-end/waiting").json();
        assertThat(commune.get("step").isNull()).isTrue();
        assertThat(commune.get("total").asInt()).isZero();

        // a search without diacritics, the rule's class, a bad parameter
        assertThat(codes(rest.get("province2", "/api/year-end/waiting?text=xom%20dong")
                        .json()))
                .contains(code);
        assertThat(codes(
                        rest.get("province2", "/api/year-end/waiting?rule=WEAK").json()))
                .doesNotContain(code);
        Rest.Response tooBig = rest.get("province2", "/api/year-end/waiting?size=201");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().get("message").asText()).contains("size");
        assertThat(rest.get("province2", "/api/year-end/waiting?sort=nonsense").status())
                .isEqualTo(400);
    }

    @Test
    void aCommuneMayNotOpenASitting() {
        Rest.Response r = rest.post(
                "commune4",
                "/engine-rest/process-definition/key/year-end-classification/submit-form",
                Rest.variables(Map.of()));
        assertThat(r.status()).isIn(400, 403);
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(ProcessIds.YEAR_END)
                        .startedBy("commune4")
                        .count())
                .isZero();
    }

    @Test
    void aSittingsDraftsAreItsOfficialsAndEachBadRowIsRefusedByNumber() {
        String code = waitingInQuangTri("Tổ hòa giải xóm Tây", "AVERAGE");
        String taskId = row(
                        rest.get("province2", "/api/year-end/waiting?size=200").json(), code)
                .get("taskId")
                .asText();
        String sitting = startSitting("province2");
        String drafts = "/api/year-end/" + sitting + "/drafts";

        // someone else's sitting: not found, whatever they send
        assertThat(rest.get("province1", drafts).status()).isEqualTo(404);
        assertThat(rest.put("province1", drafts, List.of()).status()).isEqualTo(404);

        // the second row names no waiting classification: refused by its number, nothing saved
        Rest.Response notWaiting = rest.put(
                "province2",
                drafts,
                List.of(
                        Map.of("taskId", taskId, "classification", "AVERAGE"),
                        Map.of("taskId", "no-such-task", "classification", "GOOD")));
        assertThat(notWaiting.status()).isEqualTo(400);
        assertThat(notWaiting.json().get("field").asText()).isEqualTo("taskId");
        assertThat(notWaiting.json().get("message").asText()).startsWith("Dòng 2, Việc xếp loại: ");
        assertThat(rest.get("province2", drafts).json()).isEmpty();

        Rest.Response badClass =
                rest.put("province2", drafts, List.of(Map.of("taskId", taskId, "classification", "SUPERB")));
        assertThat(badClass.status()).isEqualTo(400);
        assertThat(badClass.json().get("field").asText()).isEqualTo("classification");
        Rest.Response markup = rest.put(
                "province2",
                drafts,
                List.of(Map.of("taskId", taskId, "classification", "GOOD", "reason", "<b>tốt</b>")));
        assertThat(markup.status()).isEqualTo(400);
        assertThat(markup.json().get("field").asText()).isEqualTo("reason");

        Rest.Response saved = rest.put(
                "province2",
                drafts,
                List.of(Map.of(
                        "taskId", taskId, "classification", "GOOD", "reason", "Kiểm tra thực tế tốt hơn báo cáo")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("saved").asInt()).isEqualTo(1);
        JsonNode kept = rest.get("province2", drafts).json();
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).get("classification").asText()).isEqualTo("GOOD");
        assertThat(kept.get(0).get("reason").asText()).isEqualTo("Kiểm tra thực tế tốt hơn báo cáo");
        // the outcome is the starter's alone too
        assertThat(rest.get("province1", "/api/year-end/" + sitting + "/outcome")
                        .status())
                .isEqualTo(404);
    }

    static List<String> codes(JsonNode page) {
        return java.util.stream.StreamSupport.stream(page.get("rows").spliterator(), false)
                .map(r -> r.get("modelCode").asText())
                .toList();
    }

    static JsonNode row(JsonNode page, String code) {
        for (JsonNode r : page.get("rows")) {
            if (r.get("modelCode").asText().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no row " + code);
    }
}

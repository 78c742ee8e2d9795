package vn.antq.models.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antq.models.support.Acting;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Proposals;
import vn.antq.models.support.Rest;

/** /api/me, /api/units and /api/models as CONTRACT.md names them, seen by each demo login. */
@PostgresTest
class ApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    Rest rest;

    @BeforeEach
    void setUp() {
        rest = new Rest(port);
    }

    String propose(String login, String name) {
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-proposal")
                .latestVersion()
                .singleResult()
                .getId();
        ProcessInstance pi = new Acting(engine)
                .as(login, () -> engine.getFormService().submitStartForm(definitionId, Proposals.valid(name)));
        return pi.getBusinessKey();
    }

    @ParameterizedTest
    @CsvSource({
        "commune1, QB0101, COMMUNE, PROPOSER",
        "commune2, QB0102, COMMUNE, PROPOSER",
        "commune3, QB0201, COMMUNE, PROPOSER",
        "commune4, QT0001, COMMUNE, PROPOSER",
        "district1, QB01, DISTRICT, REVIEWER",
        "district2, QB02, DISTRICT, REVIEWER",
        "province1, QB, PROVINCE, APPROVER",
        "province2, QT, PROVINCE, APPROVER",
        "supervisor, QB, PROVINCE, SUPERVISOR"
    })
    void meNamesTheUnitAndRoleOfTheLogin(String login, String unit, String level, String role) {
        JsonNode me = rest.get(login, "/api/me").json();
        assertThat(me.get("login").asText()).isEqualTo(login);
        assertThat(me.get("unitCode").asText()).isEqualTo(unit);
        assertThat(me.get("unitLevel").asText()).isEqualTo(level);
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly(role);
    }

    @Test
    void anOfficialChoosesTheDailyDigest() {
        assertThat(rest.get("commune3", "/api/me").json().get("reminders").asText())
                .isEqualTo("EACH");
        Rest.Response set = rest.put("commune3", "/api/me/reminders", java.util.Map.of("mode", "DIGEST"));
        assertThat(set.status()).isEqualTo(200);
        assertThat(rest.get("commune3", "/api/me").json().get("reminders").asText())
                .isEqualTo("DIGEST");
        Rest.Response bad = rest.put("commune3", "/api/me/reminders", java.util.Map.of("mode", "WEEKLY"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("mode");
        assertThat(rest.put("commune3", "/api/me/reminders", java.util.Map.of("mode", "EACH"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void namesAreWrittenFamilyNameFirstAndUnknownPathsAnswerInVietnamese() {
        assertThat(rest.get("district1", "/api/me").json().get("name").asText()).isEqualTo("Hoàng Minh Đức");
        Rest.Response missing = rest.get("district1", "/api/khong-co");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("message").asText())
                .isEqualTo("Không tìm thấy địa chỉ hoặc dữ liệu được yêu cầu.");
        assertThat(missing.json().get("error").asText()).isEqualTo("Không tìm thấy địa chỉ hoặc dữ liệu được yêu cầu.");
        Rest.Response wrongMethod = rest.delete("district1", "/api/me");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("message").asText())
                .isEqualTo("Địa chỉ này không nhận phương thức yêu cầu đã gửi.");
    }

    @Test
    void adminHasNoUnitButTheAdminRole() {
        JsonNode me = rest.get("admin", "/api/me").json();
        assertThat(me.get("unitCode").isNull()).isTrue();
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("ADMIN");
    }

    @Test
    void unitsListTheTreeWithTheTwoTierProvince() {
        JsonNode units = rest.get("commune1", "/api/units").json();
        assertThat(units)
                .extracting(u -> u.get("code").asText())
                .contains("QB", "QB01", "QB02", "QB0101", "QB0102", "QB0201", "QT", "QT0001");
        JsonNode qt = find(units, "QT");
        assertThat(qt.get("twoTier").asBoolean()).isTrue();
        assertThat(qt.get("level").asText()).isEqualTo("PROVINCE");
        JsonNode locThuy = find(units, "QB0101");
        assertThat(locThuy.get("name").asText()).isEqualTo("Xã Lộc Thủy");
        assertThat(locThuy.get("parentCode").asText()).isEqualTo("QB01");
        assertThat(find(units, "QT0001").get("parentCode").asText()).isEqualTo("QT");
    }

    private static JsonNode find(JsonNode units, String code) {
        for (JsonNode u : units) {
            if (u.get("code").asText().equals(code)) {
                return u;
            }
        }
        throw new AssertionError("No unit " + code);
    }

    @Test
    void aModelsPageNamesWhoDidWhatForEveryReaderAndTheProposalIsFoundByItsInstance() {
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-proposal")
                .latestVersion()
                .singleResult()
                .getId();
        ProcessInstance pi = new Acting(engine)
                .as(
                        "commune1",
                        () -> engine.getFormService()
                                .submitStartForm(definitionId, Proposals.valid("Tổ liên gia an toàn Lộc Thủy")));
        String code = pi.getBusinessKey();
        // right after the start, Tasklist asks which model the instance filed
        Rest.Response found = rest.get("commune1", "/api/models/by-instance/" + pi.getId());
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().get("code").asText()).isEqualTo(code);
        assertThat(found.json().get("status").asText()).isEqualTo("PROPOSED");
        assertThat(rest.get("commune2", "/api/models/by-instance/" + pi.getId()).status())
                .isEqualTo(404);
        assertThat(rest.get("commune1", "/api/models/by-instance/khong-co").status())
                .isEqualTo(404);

        for (String reader : List.of("commune1", "district1", "province1", "supervisor", "admin")) {
            JsonNode m = rest.get(reader, "/api/models/" + code).json();
            assertThat(m.get("proposedByName").asText()).as(reader).isEqualTo("Nguyễn Văn An");
            JsonNode submitted = m.get("decisions").get(0);
            assertThat(submitted.get("decidedByName").asText()).as(reader).isEqualTo("Nguyễn Văn An");
            assertThat(submitted.get("stepLabel").asText())
                    .as("the diagram's name of the step")
                    .isEqualTo("Đăng ký hồ sơ đề xuất");
            assertThat(submitted.get("outcomeLabel").asText()).isEqualTo("Gửi hồ sơ đề xuất");
            assertThat(m.get("unitChain").findValuesAsText("name"))
                    .containsExactly("Xã Lộc Thủy", "Huyện Lệ Thủy", "Tỉnh Quảng Bình");
            JsonNode started = null;
            for (JsonNode t : m.get("trail")) {
                if ("engine".equals(t.get("source").asText())
                        && "Create".equals(t.get("outcome").asText())) {
                    started = t;
                }
            }
            assertThat(started)
                    .as(reader + ": the instance's start in the engine's log")
                    .isNotNull();
            assertThat(started.get("whoName").asText()).as(reader).isEqualTo("Nguyễn Văn An");
            assertThat(started.get("outcomeLabel").asText()).isEqualTo("Bắt đầu quy trình");
        }
        JsonNode labels = rest.get("commune1", "/api/labels").json();
        assertThat(labels.get("status").get("PROPOSED").asText()).isEqualTo("Đang đề xuất");
        assertThat(labels.get("process").get("model-proposal").asText()).isEqualTo("Đề xuất mô hình");
        assertThat(labels.get("evaluationOutcome").get("SCHEDULED").asText()).isEqualTo("Chờ đến kỳ đánh giá");
        assertThat(labels.get("operation").get("Complete").asText()).isEqualTo("Hoàn thành công việc");
    }

    @Test
    void aPageAskingWithoutASessionIsNotChallengedForBasicLogin() throws Exception {
        java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/api/me"))
                                .header("X-Requested-With", "XMLHttpRequest")
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(rest.get(null, "/api/me").status()).isEqualTo(401);
        java.net.http.HttpResponse<String> client = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/api/me"))
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(client.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        java.net.http.HttpResponse<String> register = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/so-mo-hinh/"))
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(register.body()).contains("Sổ mô hình");
    }

    @Test
    void eachLoginSeesOnlyItsOwnPartOfTheRegistry() {
        String locThuy = propose("commune1", "Đội xung kích Lộc Thủy");
        String phongThuy = propose("commune2", "Tổ hòa giải Phong Thủy");
        String giaNinh = propose("commune3", "Camera Gia Ninh");
        String cuaTung = propose("commune4", "Xóm chài Cửa Tùng");

        assertThat(codes("commune1", "")).contains(locThuy).doesNotContain(phongThuy, giaNinh, cuaTung);
        assertThat(codes("district1", "")).contains(locThuy, phongThuy).doesNotContain(giaNinh, cuaTung);
        assertThat(codes("district2", "")).contains(giaNinh).doesNotContain(locThuy, phongThuy, cuaTung);
        assertThat(codes("province1", "")).contains(locThuy, phongThuy, giaNinh).doesNotContain(cuaTung);
        assertThat(codes("supervisor", ""))
                .contains(locThuy, phongThuy, giaNinh)
                .doesNotContain(cuaTung);
        assertThat(codes("province2", "")).contains(cuaTung).doesNotContain(locThuy, phongThuy, giaNinh);
        assertThat(codes("admin", "")).contains(locThuy, phongThuy, giaNinh, cuaTung);
        assertThat(codes("province1", "&unit=QB01"))
                .contains(locThuy, phongThuy)
                .doesNotContain(giaNinh);
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        String code = propose("commune1", "Mô hình Lộc Thủy bình yên");
        assertThat(codes("commune1", "&q=loc%20thuy%20BINH")).contains(code);
        assertThat(codes("commune1", "&q=L%E1%BB%99c%20Th%E1%BB%A7y")).contains(code);
        assertThat(codes("commune1", "&q=khong%20co%20dau")).doesNotContain(code);
        assertThat(codes("commune1", "&status=PROPOSED&field=RESIDENTIAL")).contains(code);
        assertThat(codes("commune1", "&status=ACTIVE")).doesNotContain(code);
    }

    @Test
    void listIsPaged() {
        for (int i = 0; i < 3; i++) {
            propose("commune2", "Mô hình phân trang " + i);
        }
        JsonNode first = rest.get("commune2", "/api/models?size=2&page=0").json();
        assertThat(first.get("content")).hasSize(2);
        assertThat(first.get("totalElements").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode second = rest.get("commune2", "/api/models?size=2&page=1").json();
        assertThat(second.get("content").get(0).get("code").asText())
                .isGreaterThan(first.get("content").get(1).get("code").asText());
    }

    @ParameterizedTest
    @CsvSource({
        "status=BROKEN, status",
        "field=SPACE, field",
        "unit=NOPE, unit",
        "size=0, size",
        "size=1000, size",
        "page=-1, page",
        "page=abc, page"
    })
    void badParametersAnswer400NamingTheParameter(String query, String param) {
        Rest.Response r = rest.get("province1", "/api/models?" + query);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo(param);
        assertThat(r.json().get("message").asText()).contains(param);
    }

    @Test
    void aUnitOutsideTheCallersScopeIsForbidden() {
        assertThat(rest.get("commune1", "/api/models?unit=QB0102").status()).isEqualTo(403);
        assertThat(rest.get("district1", "/api/models?unit=QB02").status()).isEqualTo(403);
        assertThat(rest.get("province2", "/api/models?unit=QB").status()).isEqualTo(403);
    }

    @Test
    void unknownModelIs404() {
        assertThat(rest.get("province1", "/api/models/QB-1999-9999").status()).isEqualTo(404);
    }

    /** Every code the login sees, all pages (other tests' registries share the database). */
    private List<String> codes(String login, String query) {
        List<String> codes = new ArrayList<>();
        for (int p = 0; ; p++) {
            JsonNode page =
                    rest.get(login, "/api/models?size=100&page=" + p + query).json();
            page.get("content").forEach(m -> codes.add(m.get("code").asText()));
            if (p + 1 >= page.get("totalPages").asInt()) {
                return codes;
            }
        }
    }
}

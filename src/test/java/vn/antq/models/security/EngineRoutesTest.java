package vn.antq.models.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Proposals;
import vn.antq.models.support.Rest;
import vn.antq.models.support.WebappSession;

/**
 * The engine's routes that Camunda 7.24 leaves open or answers with a 500: task comments and
 * attachments by id, direct variable writes, the last administrator, the webapps' plugin APIs,
 * engine metrics, malformed requests. Each probe asserts its status and that nothing changed.
 */
@PostgresTest
class EngineRoutesTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    Rest rest;
    String code;
    String task;

    @BeforeEach
    void fixture() {
        rest = new Rest(port);
        code = rest.post(
                        "commune1",
                        "/engine-rest/process-definition/key/model-proposal/submit-form",
                        Rest.variables(Proposals.valid("Mô hình có ý kiến")))
                .json()
                .get("businessKey")
                .asText();
        task = rest.get("district1", "/engine-rest/task?maxResults=1&processInstanceBusinessKey=" + code)
                .json()
                .get(0)
                .get("id")
                .asText();
    }

    Rest.Response multipart(String login, String path, String boundary, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "multipart/form-data" + (boundary == null ? "" : "; boundary=" + boundary))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Rest.Response(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request line no URI class would build ({@code %ZZ}), sent over a plain socket. */
    Rest.Response rawGet(String login, String target) {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            String auth = Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream()
                    .write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Rest.Response(Integer.parseInt(response.substring(9, 12)), response);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String attach(String login) {
        String b = "----antq";
        String body = "--" + b + "\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nbien-ban.txt\r\n"
                + "--" + b + "\r\nContent-Disposition: form-data; name=\"attachment-type\"\r\n\r\ntext/plain\r\n"
                + "--" + b
                + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"bien-ban.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                + "Biên bản thẩm định\r\n--" + b + "--\r\n";
        return multipart(login, "/engine-rest/task/" + task + "/attachment/create", b, body)
                .json()
                .get("id")
                .asText();
    }

    Map<String, Object> notes() {
        return Map.of(
                "comments",
                jdbc.queryForList("select id_, message_ from act_hi_comment where task_id_ = ? order by id_", task),
                "attachments",
                jdbc.queryForList("select id_, name_ from act_hi_attachment where task_id_ = ? order by id_", task));
    }

    @Test
    void commentsAndAttachmentsStayWithThoseWhoMaySeeTheTask() {
        String comment = rest.post(
                        "district1",
                        "/engine-rest/task/" + task + "/comment/create",
                        Map.of("message", "Ý kiến của huyện"))
                .json()
                .get("id")
                .asText();
        String attachment = attach("district1");
        // random ids: one seen tells nothing about the next (the engine's default ones are time-based)
        assertThat(java.util.UUID.fromString(comment).version()).isEqualTo(4);
        assertThat(java.util.UUID.fromString(attachment).version()).isEqualTo(4);
        assertThat(java.util.UUID.fromString(task).version()).isEqualTo(4);
        Map<String, Object> before = notes();

        for (String outsider : List.of("commune2", "commune4", "district2", "province2", "supervisor")) {
            for (String path : List.of(
                    "/comment/" + comment,
                    "/comment",
                    "/attachment/" + attachment,
                    "/attachment/" + attachment + "/data",
                    "/attachment")) {
                Rest.Response r = rest.get(outsider, "/engine-rest/task/" + task + path);
                assertThat(r.status()).as(outsider + " GET " + path).isEqualTo(404);
                assertThat(r.body()).doesNotContain("Ý kiến của huyện").doesNotContain("Biên bản");
            }
            assertThat(rest.delete(outsider, "/engine-rest/task/" + task + "/attachment/" + attachment)
                            .status())
                    .isEqualTo(404);
            assertThat(rest.post(
                                    outsider,
                                    "/engine-rest/task/" + task + "/comment/create",
                                    Map.of("message", "giả mạo"))
                            .status())
                    .isEqualTo(404);
            assertThat(notes()).isEqualTo(before);
        }
        // the same through the webapps' engine API, as Tasklist would ask
        WebappSession commune2 = new WebappSession(port, "commune2", "tasklist");
        assertThat(commune2.get("/camunda/api/engine/engine/default/task/" + task + "/comment/" + comment)
                        .status())
                .isEqualTo(404);
        assertThat(commune2.get("/camunda/api/engine/engine/default/task/" + task + "/attachment/" + attachment
                                + "/data")
                        .status())
                .isEqualTo(404);
        // the reviewing district reads and works on them
        assertThat(rest.get("district1", "/engine-rest/task/" + task + "/comment/" + comment)
                        .body())
                .contains("Ý kiến của huyện");
        assertThat(rest.get("district1", "/engine-rest/task/" + task + "/attachment/" + attachment + "/data")
                        .body())
                .contains("Biên bản thẩm định");
        assertThat(rest.delete("district1", "/engine-rest/task/" + task + "/attachment/" + attachment)
                        .status())
                .isEqualTo(204);
    }

    @Test
    void variablesReachAProcessOnlyThroughItsForms() {
        List<Map<String, Object>> before = jdbc.queryForList(
                "select name_, text_ from act_ru_variable where proc_inst_id_ = "
                        + "(select proc_inst_id_ from act_ru_task where id_ = ?) order by name_",
                task);
        for (String[] write : List.of(
                new String[] {
                    "/engine-rest/task/" + task + "/variables",
                    "{\"modifications\":{\"modelCode\":{\"value\":\"QB-2026-9999\"}}}"
                },
                new String[] {
                    "/engine-rest/task/" + task + "/localVariables",
                    "{\"modifications\":{\"decision\":{\"value\":\"approve\"}}}"
                },
                new String[] {
                    "/engine-rest/message",
                    "{\"messageName\":\"x\",\"processVariables\":{\"modelName\":{\"value\":\"y\"}}}"
                },
                new String[] {"/engine-rest/signal", "{\"name\":\"x\"}"})) {
            Rest.Response r = rest.postRaw("district1", write[0], "application/json", write[1]);
            assertThat(r.status()).as(write[0]).isEqualTo(403);
            assertThat(r.json().get("message").asText()).contains("qua biểu mẫu");
        }
        assertThat(jdbc.queryForList(
                        "select name_, text_ from act_ru_variable where proc_inst_id_ = "
                                + "(select proc_inst_id_ from act_ru_task where id_ = ?) order by name_",
                        task))
                .isEqualTo(before);
    }

    @Test
    void theLastAdministratorStaysHoweverThePathIsSpelt() {
        long admins = engine.getIdentityService()
                .createUserQuery()
                .memberOfGroup("camunda-admin")
                .count();
        assertThat(admins).isEqualTo(1);
        for (String path : List.of(
                "/engine-rest/group/camunda-admin/members/admin;x=1",
                "/engine-rest/group/camunda-admin/members/adm%69n",
                "/engine-rest/group/camunda-admin/members/admin/",
                "/engine-rest//group/camunda-admin/members/admin",
                "/engine-rest/engine/default/group/camunda-admin/members/admin",
                "/engine-rest/user/admin;x=1",
                "/engine-rest/user/adm%69n",
                "/engine-rest/group/camunda-admin",
                "/engine-rest/group/camunda-admin;x=1",
                "/engine-rest/group/camunda%2Dadmin")) {
            Rest.Response r = rest.delete("admin", path);
            assertThat(r.status()).as(path).isIn(400, 409);
            assertThat(engine.getIdentityService()
                            .createUserQuery()
                            .memberOfGroup("camunda-admin")
                            .userId("admin")
                            .count())
                    .as(path)
                    .isEqualTo(1);
            assertThat(engine.getIdentityService()
                            .createGroupQuery()
                            .groupId("camunda-admin")
                            .count())
                    .as(path)
                    .isEqualTo(1);
        }
    }

    @Test
    void pluginApisMetricsAndTheSchemaLogAreForThoseWhoMayOpenTheirWebapp() {
        WebappSession commune = new WebappSession(port, "commune1", "tasklist");
        assertThat(commune.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics?maxResults=10")
                        .status())
                .isEqualTo(403);
        assertThat(commune.get("/camunda/api/admin/plugin/adminPlugins/default/users?maxResults=10")
                        .status())
                .isEqualTo(403);
        assertThat(commune.get("/camunda/api/engine/engine/default/metrics/activity-instance-start/sum")
                        .status())
                .isEqualTo(403);
        WebappSession supervisor = new WebappSession(port, "supervisor", "cockpit");
        assertThat(supervisor
                        .get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics?maxResults=10")
                        .status())
                .isEqualTo(200);
        for (String login : List.of("commune1", "district1", "province1", "supervisor")) {
            for (String path : List.of(
                    "/engine-rest/metrics/activity-instance-start/sum",
                    "/engine-rest/metrics?maxResults=10",
                    "/engine-rest/schema/log?maxResults=10",
                    "/engine-rest/telemetry/data")) {
                assertThat(rest.get(login, path).status())
                        .as(login + " " + path)
                        .isEqualTo(403);
            }
        }
        assertThat(rest.get("admin", "/engine-rest/metrics/activity-instance-start/sum")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anotherUnitsModelAnswersExactlyAsAMissingOne() {
        Rest.Response other = rest.get("commune2", "/api/models/" + code);
        Rest.Response missing = rest.get("commune2", "/api/models/QB-2099-0001");
        assertThat(other.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(other.json().get("message").asText().replace(code, "X"))
                .isEqualTo(missing.json().get("message").asText().replace("QB-2099-0001", "X"));
    }

    @Test
    void malformedRequestsAreAnswered400InVietnamese() {
        Map<String, Object> before = Map.of(
                "models",
                jdbc.queryForObject("select count(*) from security_model", Long.class),
                "instances",
                jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class));
        Rest.Response page = rest.get("province1", "/api/models?page=2147483647");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.json().get("field").asText()).isEqualTo("page");
        Rest.Response name = rawGet("commune1", "/engine-rest/task?%ZZ=1&maxResults=1");
        assertThat(name.status()).isEqualTo(400);
        assertThat(name.body()).contains("không hợp lệ");
        assertThat(rawGet("commune1", "/engine-rest/task/%ZZ/comment").status()).isEqualTo(400);
        for (String boundary : new String[] {"XYZ", null}) {
            Rest.Response upload = multipart(
                    "province1",
                    "/api/models",
                    boundary,
                    "--XYZ\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ncut");
            assertThat(upload.status()).as("multipart " + boundary).isBetween(400, 499);
            Rest.Response attachment = multipart(
                    "district1", "/engine-rest/task/" + task + "/attachment/create", boundary, "--XYZ\r\ncut");
            assertThat(attachment.status()).isEqualTo(400);
        }
        Rest.Response migration = rest.postRaw("admin", "/engine-rest/migration/execute", "application/json", "{}");
        assertThat(migration.status()).isEqualTo(400);
        Rest.Response notJson = rest.postRaw(
                "commune1",
                "/engine-rest/process-definition/key/model-proposal/submit-form",
                "application/json",
                "{\"variables\": ");
        assertThat(notJson.status()).isEqualTo(400);
        Rest.Response deep = rest.postRaw(
                "commune1",
                "/engine-rest/process-definition/key/model-proposal/submit-form",
                "application/json",
                "[".repeat(5000) + "]".repeat(5000));
        assertThat(deep.status()).isEqualTo(400);
        assertThat(Map.of(
                        "models",
                        jdbc.queryForObject("select count(*) from security_model", Long.class),
                        "instances",
                        jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class)))
                .isEqualTo(before);
    }

    @Test
    void objectVariablesBecomeOnlyPlainJdkClasses() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.isDeserializationTypeValidationEnabled()).isTrue();
        assertThat(config.getDeserializationTypeValidator().validate("java.net.URL"))
                .isFalse();
        assertThat(config.getDeserializationTypeValidator().validate("java.util.ArrayList"))
                .isTrue();
    }

    @Test
    void englishPermissionDumpsReadAsOneVietnameseSentence() {
        String pi = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(code)
                .singleResult()
                .getId();
        Rest.Response r = rest.delete("supervisor", "/engine-rest/process-instance/" + pi);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("message").asText()).isEqualTo("Đồng chí không có quyền thực hiện thao tác này.");
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pi)
                        .count())
                .isEqualTo(1);
    }
}

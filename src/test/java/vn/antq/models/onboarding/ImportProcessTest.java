package vn.antq.models.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.support.Acting;
import vn.antq.models.support.Jobs;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Rest;
import vn.antq.models.support.WebappSession;

/**
 * The process "Nhập sổ mô hình" as Tasklist runs it: a checked upload starts it, only its own
 * importer's and only once; the check's report waits in a task for the importer's decision; the
 * rows are stored in batches, one job each, surviving the loss of the plan (a restart) and turning
 * a batch that cannot be stored into an incident that a retry resolves, with nothing half stored.
 */
@PostgresTest
class ImportProcessTest {

    static final String HEADER = "name,field,hostType,unitCode,foundedOn,decisionNo,leaderName,leaderPhone,members\n";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryImports imports;

    Rest rest() {
        return new Rest(port);
    }

    /** {@code rows} models of the Quảng Bình commune QB0101 without codes, and one refused row (a future founding date). */
    static String models(String prefix, int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            csv.append("Tổ tự quản ")
                    .append(prefix)
                    .append(" số ")
                    .append(i)
                    .append(",RESIDENTIAL,RESIDENTIAL_AREA,QB0101,2019-03-")
                    .append(String.format("%02d", 1 + i % 28))
                    .append(",")
                    .append(i)
                    .append("/QĐ-UBND,Phan Văn Hùng,0912")
                    .append(String.format("%06d", i))
                    .append(",12\n");
        }
        csv.append("Tổ tự quản ")
                .append(prefix)
                .append(" tương lai,RESIDENTIAL,RESIDENTIAL_AREA,QB0101,2099-01-01,1/QĐ,Phan Văn Hùng,0912000000,12\n");
        return csv.toString();
    }

    /** A dry run over the Java API as the upload endpoint makes it, by province1 within Quảng Bình. */
    String checked(String csv) throws Exception {
        return imports.check(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        "mo-hinh.csv",
                        ImportSheet.MODELS,
                        "province1",
                        "QB")
                .getId();
    }

    Rest.Response start(String login, Map<String, Object> variables) {
        return rest().post(
                        login,
                        "/engine-rest/process-definition/key/registry-import/submit-form",
                        Rest.variables(variables));
    }

    String instanceOf(String importId) {
        return jdbc.queryForObject(
                "select process_instance_id from registry_import where id = ?", String.class, importId);
    }

    long models(String prefix) {
        return jdbc.queryForObject(
                "select count(*) from security_model where name like ?", Long.class, "Tổ tự quản " + prefix + " số %");
    }

    @Test
    void aCheckedFileIsImportedAfterItsImporterConfirmsInBatchesThatSurviveARestart() throws Exception {
        String id = checked(models("Tân Ninh", 250));

        // only the importer may start it, only once, and only with the form's one field
        assertThat(start("commune1", Map.of("importId", id)).status()).isEqualTo(403);
        Rest.Response stranger = start("admin", Map.of("importId", id));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().get("message").asText())
                .contains("Tệp sổ mô hình (importId): không có tệp đã kiểm tra này");
        Map<String, Object> smuggled = new LinkedHashMap<>(Map.of("importId", id, "confirmedOnUpload", true));
        assertThat(start("province1", smuggled).status()).isEqualTo(400);
        assertThat(instanceOf(id)).isNull();

        Rest.Response started = start("province1", Map.of("importId", id));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = started.json().get("id").asText();
        assertThat(start("province1", Map.of("importId", id)).status())
                .as("the same file twice")
                .isEqualTo(400);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey("registry-import")
                        .variableValueEquals("importId", id)
                        .count())
                .isEqualTo(1);

        // "Kiểm tra tệp" runs as a job; then the report waits for the importer, in their unit's Tasklist filter
        assertThat(Jobs.drain(engine.getManagementService(), instance)).isEqualTo(1);
        Task confirm = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance)
                .singleResult();
        assertThat(confirm.getTaskDefinitionKey()).isEqualTo("ConfirmImport");
        assertThat(confirm.getAssignee()).isEqualTo("province1");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(confirm.getId())
                        .taskCandidateGroup("QB")
                        .includeAssignedTasks()
                        .count())
                .isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(instance, "total")).isEqualTo(250);
        assertThat(engine.getRuntimeService().getVariable(instance, "refused")).isEqualTo(1);
        JsonNode report = rest().get("province1", "/api/imports/" + id).json();
        assertThat(report.get("status").asText()).isEqualTo("CHECKED");
        assertThat(report.at("/errors/0/row").asInt()).isEqualTo(252);
        assertThat(report.at("/errors/0/column").asText()).isEqualTo("foundedOn");

        // a decision that is no choice is refused, naming the field; nobody but the importer completes it
        Rest.Response maybe = rest().post(
                        "province1",
                        "/engine-rest/task/" + confirm.getId() + "/submit-form",
                        Rest.variables(Map.of("importDecision", "MAYBE")));
        assertThat(maybe.status()).isEqualTo(400);
        assertThat(maybe.json().get("message").asText())
                .contains("Quyết định nhập sổ (importDecision): giá trị không nằm trong danh sách");
        assertThat(rest().post(
                                "supervisor",
                                "/engine-rest/task/" + confirm.getId() + "/submit-form",
                                Rest.variables(Map.of("importDecision", "IMPORT")))
                        .status())
                .isIn(403, 404);
        assertThat(rest().post(
                                "province1",
                                "/engine-rest/task/" + confirm.getId() + "/submit-form",
                                Rest.variables(Map.of("importDecision", "IMPORT")))
                        .status())
                .isEqualTo(204);
        assertThat(rest().get("province1", "/api/imports/" + id)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("RUNNING");

        // one batch, then the plan is lost as in a restart: the next batch rebuilds it and goes on
        runOneJob(instance);
        assertThat(models("Tân Ninh")).isEqualTo(100);
        assertThat(engine.getRuntimeService().getVariable(instance, "processed"))
                .isEqualTo(100);
        assertThat(rest().get("province1", "/api/imports/" + id)
                        .json()
                        .get("processed")
                        .asInt())
                .isEqualTo(100);
        imports.forgetPlans();
        assertThat(Jobs.drain(engine.getManagementService(), instance)).isEqualTo(2);
        assertThat(models("Tân Ninh")).isEqualTo(250);

        JsonNode done = rest().get("province1", "/api/imports/" + id).json();
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.at("/counts/models/created").asInt()).isEqualTo(250);
        Task result = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance)
                .singleResult();
        assertThat(result.getTaskDefinitionKey()).isEqualTo("ShowResult");
        assertThat(rest().post(
                                "province1",
                                "/engine-rest/task/" + result.getId() + "/submit-form",
                                Map.of("variables", Map.of()))
                        .status())
                .isEqualTo(204);
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(instance)
                        .singleResult()
                        .getEndActivityId())
                .isEqualTo("Imported");
    }

    @Test
    void aDeclinedCheckStoresNothingAndCannotBeStartedAgain() throws Exception {
        String id = checked(models("Sen Thủy", 20));
        String instance =
                start("province1", Map.of("importId", id)).json().get("id").asText();
        Jobs.drain(engine.getManagementService(), instance);
        Task confirm = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance)
                .singleResult();
        assertThat(rest().post(
                                "province1",
                                "/engine-rest/task/" + confirm.getId() + "/submit-form",
                                Rest.variables(Map.of("importDecision", "DECLINE")))
                        .status())
                .isEqualTo(204);
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(instance)
                        .singleResult()
                        .getEndActivityId())
                .isEqualTo("ImportDeclined");
        JsonNode declined = rest().get("province1", "/api/imports/" + id).json();
        assertThat(declined.get("status").asText()).isEqualTo("CHECKED");
        assertThat(declined.get("dryRun").asBoolean()).isTrue();
        assertThat(models("Sen Thủy")).isZero();
        assertThat(start("province1", Map.of("importId", id)).status()).isEqualTo(400);
    }

    @Test
    void aBatchThatCannotBeStoredIsAnIncidentAndARetryGoesOnWhereItStopped() throws Exception {
        String id = checked(models("Ngư Thủy", 150));
        // confirmed at upload, as the API without a dry run starts it
        String instance = new Acting(engine)
                .as(
                        "province1",
                        () -> engine.getRuntimeService()
                                .startProcessInstanceByKey(
                                        "registry-import", Map.of("importId", id, "confirmedOnUpload", true))
                                .getId());
        runOneJob(instance); // the check
        runOneJob(instance); // the first batch: 100 rows
        assertThat(models("Ngư Thủy")).isEqualTo(100);

        // the stored file is gone and the plan with it: the second batch fails, stores nothing, and stays an incident
        byte[] file =
                jdbc.queryForObject("select data from registry_import_file where import_id = ?", byte[].class, id);
        jdbc.update("delete from registry_import_file where import_id = ?", id);
        imports.forgetPlans();
        Job batch = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance)
                .singleResult();
        for (int attempt = 1; attempt <= 3; attempt++) { // R3/PT1M: three attempts, then an incident
            assertThat(engine.getRuntimeService()
                            .createIncidentQuery()
                            .processInstanceId(instance)
                            .count())
                    .isZero();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(batch.getId()))
                    .isNotNull();
        }
        assertThat(engine.getRuntimeService()
                        .createIncidentQuery()
                        .processInstanceId(instance)
                        .count())
                .isEqualTo(1);
        assertThat(models("Ngư Thủy")).isEqualTo(100);
        JsonNode failed = rest().get("province1", "/api/imports/" + id).json();
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("processed").asInt()).isEqualTo(100);
        assertThat(failed.get("failure").asText()).contains("100 dòng đã lưu");

        // the cause removed, the retry Cockpit offers stores the rest, once
        jdbc.update("insert into registry_import_file (import_id, data) values (?, ?)", id, file);
        engine.getManagementService().setJobRetries(batch.getId(), 1);
        engine.getManagementService().setJobDuedate(batch.getId(), new java.util.Date()); // Cockpit's "retry now"
        Jobs.drain(engine.getManagementService(), instance);
        assertThat(models("Ngư Thủy")).isEqualTo(150);
        assertThat(rest().get("province1", "/api/imports/" + id)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("DONE");
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .isZero();
    }

    /** The start form uploads with the Tasklist session: a write on /api that rides on it needs its CSRF token. */
    @Test
    void aSessionWritesToTheApiOnlyWithItsCsrfToken() {
        WebappSession tasklist = new WebappSession(port, "province1", "tasklist");
        assertThat(tasklist.loginStatus()).isEqualTo(200);
        Rest.Response withoutToken = tasklist.postWithoutToken("/api/imports", "{}");
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.json().get("message").asText()).contains("mã chống giả mạo (CSRF)");
        Rest.Response withToken = tasklist.post("/api/imports", "{}");
        assertThat(withToken.status())
                .as("past the CSRF check, refused for what it is: not a multipart upload")
                .isEqualTo(415);
        assertThat(tasklist.get("/api/me").status()).isEqualTo(200);
        // the one open call opens nothing else, however its path is written
        for (String path : List.of(
                "/api/invitations/../me",
                "/api/invitations/%2e%2e/me",
                "/api/invitations/..;/me",
                "/api/invitations/password/../../imports/template.xlsx")) {
            assertThat(rest().get(null, path).status()).as(path).isEqualTo(401);
        }
    }

    private void runOneJob(String instance) {
        List<Job> jobs = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance)
                .executable()
                .list();
        assertThat(jobs).hasSize(1);
        engine.getManagementService().executeJob(jobs.get(0).getId());
    }
}

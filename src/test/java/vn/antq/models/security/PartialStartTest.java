package vn.antq.models.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.support.Acting;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Proposals;
import vn.antq.models.support.Rest;
import vn.antq.models.support.WebappSession;

/**
 * Nobody but an administrator starts a process anywhere but at its start event: the probes that
 * once activated, rejected, rewrote and retired other communes' models, each answered 403 in
 * Vietnamese with every row of the model, its decisions, its tasks and its instances unchanged.
 */
@PostgresTest
class PartialStartTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    Rest rest;
    String pending;
    String active;

    @BeforeEach
    void fixture() {
        rest = new Rest(port);
        pending = rest.post(
                        "commune1",
                        "/engine-rest/process-definition/key/model-proposal/submit-form",
                        Rest.variables(Proposals.valid("Mô hình chờ thẩm định")))
                .json()
                .get("businessKey")
                .asText();
        active = new Models(engine).activeModel("commune1", "Mô hình đang hoạt động");
    }

    /** Everything a partial start could have changed, for both fixture models. */
    Map<String, Object> state() {
        return Map.of(
                "models",
                        jdbc.queryForList(
                                "select code, status, name, leader_name, leader_phone, classification, retired_reason "
                                        + "from security_model where code in (?, ?) order by code",
                                pending,
                                active),
                "decisions",
                        jdbc.queryForObject(
                                "select count(*) from model_decision where model_code in (?, ?)",
                                Long.class,
                                pending,
                                active),
                "instances", jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class),
                "tasks", jdbc.queryForList("select task_def_key_, proc_inst_id_ from act_ru_task order by id_"),
                "campaigns", jdbc.queryForObject("select count(*) from replication_campaign", Long.class));
    }

    void refused(String login, String path, String body) {
        Map<String, Object> before = state();
        Rest.Response r = rest.postRaw(login, path, "application/json", body);
        assertThat(r.status()).as(body).isEqualTo(403);
        assertThat(r.json().get("message").asText()).contains("không được bắt đầu giữa chừng");
        assertThat(state()).isEqualTo(before);
    }

    static String before(String businessKey, String activity, String extra) {
        return "{\"businessKey\":\"" + businessKey
                + "\",\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"" + activity + "\"}]"
                + extra + "}";
    }

    @Test
    void anotherProvincesCommuneCannotActivateRejectOrRewriteAPendingProposal() {
        String path = "/engine-rest/process-definition/key/model-proposal/start";
        refused("commune4", path, before(pending, "ActivateModel", ""));
        refused("commune4", path, before(pending, "RejectProposal", ""));
        refused(
                "commune4",
                path,
                before(
                        active,
                        "ApplyRevision",
                        ",\"variables\":{\"modelName\":{\"value\":\"Đã bị sửa\"},"
                                + "\"leaderName\":{\"value\":\"Kẻ gian\"},\"leaderPhone\":{\"value\":\"0999999999\"}}"));
        refused("commune4", path, before(pending, "ApproveByProvince", ",\"skipCustomListeners\":true"));
        refused("commune4", path, "{\"businessKey\":\"" + pending + "\",\"skipCustomListeners\":true}");
        refused("commune4", path, "{\"businessKey\":\"" + pending + "\",\"skipIoMappings\":true}");
        refused(
                "commune4",
                "/engine-rest/engine/default/process-definition/key/model-proposal/start",
                before(pending, "ActivateModel", ""));
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("model-proposal")
                .latestVersion()
                .singleResult()
                .getId();
        refused(
                "commune4",
                "/engine-rest/process-definition/" + definitionId + "/start",
                before(pending, "ActivateModel", ""));
        assertThat(jdbc.queryForObject("select status from security_model where code = ?", String.class, pending))
                .isEqualTo("PROPOSED");
    }

    @Test
    void noCommuneRetiresAModelByStartingItsRequestPartWay() {
        String body = "{\"businessKey\":\"" + active + "\",\"variables\":{\"modelCode\":{\"value\":\"" + active + "\"},"
                + "\"reason\":{\"value\":\"x\"}},\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"RegisterRetirementRequest\"},"
                + "{\"type\":\"startBeforeActivity\",\"activityId\":\"RetireOnRequest\"}]}";
        refused("commune4", "/engine-rest/process-definition/key/model-retirement-request/start", body);
        refused("commune3", "/engine-rest/process-definition/key/model-retirement-request/start", body);
        assertThat(jdbc.queryForObject("select status from security_model where code = ?", String.class, active))
                .isEqualTo("ACTIVE");
    }

    @Test
    void aDistrictCannotStartAReplicationAtItsRegistration() {
        String body =
                "{\"variables\":{\"sourceCode\":{\"value\":\"" + active + "\"},\"targetUnits\":{\"value\":\"QT0001\"},"
                        + "\"deadline\":{\"value\":\"2030-01-01\"}},\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"RegisterCampaign\"}]}";
        refused("district2", "/engine-rest/process-definition/key/model-replication/start", body);
    }

    @Test
    void theTasklistSessionIsRefusedTheSame() {
        WebappSession tasklist = new WebappSession(port, "commune4", "tasklist");
        Map<String, Object> before = state();
        Rest.Response r = tasklist.post(
                "/camunda/api/engine/engine/default/process-definition/key/model-proposal/start",
                before(pending, "ActivateModel", ""));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("message").asText()).contains("không được bắt đầu giữa chừng");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void modificationRestartAndMigrationAreForAdministratorsOnly() {
        String pi = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(pending)
                .singleResult()
                .getId();
        String definitionId = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(pi)
                .singleResult()
                .getProcessDefinitionId();
        for (String[] call : List.of(
                new String[] {
                    "/engine-rest/process-instance/" + pi + "/modification",
                    "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"ActivateModel\"}]}"
                },
                new String[] {
                    "/engine-rest/modification/execute",
                    "{\"processDefinitionId\":\"" + definitionId + "\",\"processInstanceIds\":[\"" + pi
                            + "\"],\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"ActivateModel\"}]}"
                },
                new String[] {
                    "/engine-rest/process-definition/" + definitionId + "/restart",
                    "{\"processInstanceIds\":[\"" + pi + "\"],"
                            + "\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"ActivateModel\"}]}"
                },
                new String[] {"/engine-rest/migration/execute", "{}"})) {
            Map<String, Object> before = state();
            for (String login : List.of("district1", "province1", "commune1")) {
                Rest.Response r = rest.postRaw(login, call[0], "application/json", call[1]);
                assertThat(r.status()).as(login + " " + call[0]).isEqualTo(403);
                assertThat(r.json().get("message").asText())
                        .isEqualTo("Chỉ quản trị viên hệ thống mới được thực hiện thao tác này.");
            }
            assertThat(state()).isEqualTo(before);
        }
        // an administrator's incomplete request is the administrator's mistake, not a server error
        Rest.Response incomplete = rest.postRaw("admin", "/engine-rest/migration/execute", "application/json", "{}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().get("message").asText()).contains("thiếu thông tin");
    }

    @Test
    void anAdministratorsPartWayStartOnAnotherInstancesModelIsRefusedByTheRegistryInVietnamese() {
        Map<String, Object> before = state();
        Rest.Response r = rest.postRaw(
                "admin",
                "/engine-rest/process-definition/key/model-proposal/start",
                "application/json",
                before(pending, "ActivateModel", ""));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("message").asText())
                .startsWith("Bước này không phù hợp với hồ sơ hiện tại của mô hình")
                .doesNotContain("Registry")
                .doesNotContain(pending);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void insideTheEngineAPartialStartNeedsAnAdministratorWhoeverCalls() {
        Map<String, Object> before = state();
        assertThatThrownBy(() -> new Acting(engine)
                        .as(
                                "commune4",
                                () -> engine.getRuntimeService()
                                        .createProcessInstanceByKey("model-proposal")
                                        .businessKey(pending)
                                        .startBeforeActivity("ActivateModel")
                                        .execute()))
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("quản trị viên");
        assertThatThrownBy(() -> new Acting(engine)
                        .run(
                                "province1",
                                () -> engine.getRuntimeService()
                                        .createProcessInstanceModification(engine.getRuntimeService()
                                                .createProcessInstanceQuery()
                                                .processInstanceBusinessKey(pending)
                                                .singleResult()
                                                .getId())
                                        .startBeforeActivity("ActivateModel")
                                        .execute()))
                .isInstanceOf(AuthorizationException.class);
        assertThat(state()).isEqualTo(before);
    }
}

package vn.antq.models.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Proposals;
import vn.antq.models.support.Rest;

/**
 * End to end over HTTP on a real PostgreSQL: a proposal driven through /engine-rest exactly as
 * Tasklist does (submit-form, candidate-group task queries), then read from /api.
 */
@PostgresTest
class ProposalOverRestTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    Rest rest;

    @BeforeEach
    void setUp() {
        rest = new Rest(port);
    }

    /** Tasklist's "my unit's work" query: tasks of the user's candidate groups, assigned or not. */
    JsonNode tasksOf(String login, String groups) {
        Rest.Response r = rest.post(
                login,
                "/engine-rest/task?firstResult=0&maxResults=15",
                Map.of("candidateGroups", groups.split(","), "includeAssignedTasks", true, "sorting", new Object[] {
                    Map.of("sortBy", "created", "sortOrder", "desc")
                }));
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    String taskIdFor(JsonNode tasks, String processInstanceId) {
        for (JsonNode t : tasks) {
            if (t.get("processInstanceId").asText().equals(processInstanceId)) {
                return t.get("id").asText();
            }
        }
        return null;
    }

    @Test
    void communeDistrictAndProvinceCarryAProposalToAnActiveModel() {
        Rest.Response started = rest.post(
                "commune1",
                "/engine-rest/process-definition/key/model-proposal/submit-form",
                Rest.variables(Proposals.valid("Camera an ninh tổ dân phố 3")));
        assertThat(started.status()).isEqualTo(200);
        String pi = started.json().get("id").asText();
        String code = started.json().get("businessKey").asText();
        assertThat(code).matches("QB-\\d{4}-\\d{4}");

        // commune2 (same district) neither sees nor completes commune1's work
        String reviewTask = taskIdFor(tasksOf("district1", "QB01"), pi);
        assertThat(reviewTask).isNotNull();
        assertThat(rest.get("commune2", "/engine-rest/task?maxResults=100&processInstanceId=" + pi)
                        .json())
                .isEmpty();
        assertThat(taskIdFor(tasksOf("commune2", "QB0101"), pi)).isNull();
        assertThat(rest.get("commune2", "/engine-rest/task/" + reviewTask).status())
                .isIn(403, 404);
        assertThat(rest.get("commune2", "/engine-rest/process-instance/" + pi).status())
                .isIn(403, 404);
        assertThat(rest.post(
                                "commune2",
                                "/engine-rest/task/" + reviewTask + "/submit-form",
                                Rest.variables(Proposals.decision("approve", null)))
                        .status())
                .isEqualTo(403);
        assertThat(rest.post(
                                "district2",
                                "/engine-rest/task/" + reviewTask + "/submit-form",
                                Rest.variables(Proposals.decision("approve", null)))
                        .status())
                .isEqualTo(403);
        assertThat(rest.post(
                                "supervisor",
                                "/engine-rest/task/" + reviewTask + "/submit-form",
                                Rest.variables(Proposals.decision("approve", null)))
                        .status())
                .isEqualTo(403);

        // Tasklist loads the form's variables, then submits the form
        Rest.Response formVars = rest.get("district1", "/engine-rest/task/" + reviewTask + "/form-variables");
        assertThat(formVars.json().get("modelName").get("value").asText()).isEqualTo("Camera an ninh tổ dân phố 3");
        assertThat(formVars.json().has("decision")).isFalse();
        assertThat(rest.post(
                                "district1",
                                "/engine-rest/task/" + reviewTask + "/submit-form",
                                Rest.variables(Proposals.decision("approve", null)))
                        .status())
                .isEqualTo(204);

        String approvalTask = taskIdFor(tasksOf("province1", "QB"), pi);
        assertThat(approvalTask).isNotNull();
        assertThat(rest.post(
                                "province1",
                                "/engine-rest/task/" + approvalTask + "/submit-form",
                                Rest.variables(Proposals.decision("approve", "Đồng ý triển khai")))
                        .status())
                .isEqualTo(204);

        JsonNode model = rest.get("commune1", "/api/models/" + code).json();
        assertThat(model.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(model.get("name").asText()).isEqualTo("Camera an ninh tổ dân phố 3");
        assertThat(model.get("unitCode").asText()).isEqualTo("QB0101");
        assertThat(model.get("decisions")).hasSize(3);
        assertThat(model.get("decisions").get(2).get("reason").asText()).isEqualTo("Đồng ý triển khai");
        assertThat(rest.get("supervisor", "/api/models/" + code).status()).isEqualTo(200);

        // the audit trail: the registry's decisions and the engine's operation log, each with a user and a time
        JsonNode trail = model.get("trail");
        assertThat(trail.findValuesAsText("who")).contains("commune1", "district1", "province1");
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.get("source").asText()).isEqualTo("engine");
            assertThat(e.get("outcome").asText()).isEqualTo("Complete");
            assertThat(e.get("who").asText()).isEqualTo("district1");
            assertThat(e.get("at").asText()).isNotBlank();
        });
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.get("source").asText()).isEqualTo("decision");
            assertThat(e.get("what").asText()).isEqualTo("ApproveByProvince");
            assertThat(e.get("detail").asText()).isEqualTo("Đồng ý triển khai");
        });
        // another unit's model is answered as a missing one: codes are sequential, existence is no one else's business
        assertThat(rest.get("commune2", "/api/models/" + code).status()).isEqualTo(404);
        assertThat(rest.get("province2", "/api/models/" + code).status()).isEqualTo(404);
    }

    @Test
    void badInputAnswers400NamingTheFieldInVietnamese() {
        Rest.Response refused = rest.post(
                "commune1",
                "/engine-rest/process-definition/key/model-proposal/submit-form",
                Rest.variables(Proposals.with("Mô hình lỗi", "members", 0L)));

        assertThat(refused.status()).isEqualTo(400);
        // the sentence alone: none of the engine's English wrapping, no definition id
        assertThat(refused.json().get("message").asText())
                .isEqualTo("Số thành viên (members): phải lớn hơn hoặc bằng 1.");
        assertThat(refused.json().get("field").asText()).isEqualTo("members");
    }

    @Test
    void aUnitSmuggledInTheFormIsRefusedAndChangesNothing() {
        Map<String, Object> form = Proposals.valid("Mô hình gửi kèm mã đơn vị");
        form.put("unitCode", "QB0201");
        int before = rest.get("district2", "/api/models?size=100")
                .json()
                .get("totalElements")
                .asInt();

        Rest.Response refused = rest.post(
                "commune1", "/engine-rest/process-definition/key/model-proposal/submit-form", Rest.variables(form));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText())
                .isEqualTo("unitCode (unitCode): trường này không có trong biểu mẫu.");
        assertThat(rest.get("district2", "/api/models?size=100")
                        .json()
                        .get("totalElements")
                        .asInt())
                .isEqualTo(before);
    }

    @Test
    void anonymousRequestsAreRefused() {
        assertThat(rest.get(null, "/engine-rest/task").status()).isEqualTo(401);
        assertThat(rest.post(
                                null,
                                "/engine-rest/process-definition/key/model-proposal/submit-form",
                                Rest.variables(Proposals.valid("Ẩn danh")))
                        .status())
                .isEqualTo(401);
        assertThat(rest.get(null, "/api/me").status()).isEqualTo(401);
        assertThat(rest.get(null, "/api/models").status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefused() {
        if (identity.createUserQuery().userId("wrongpass").count() == 0) {
            User user = identity.newUser("wrongpass");
            user.setPassword("right-password");
            identity.saveUser(user);
        }
        assertThat(rest.get("wrongpass:wrong-password", "/api/me").status()).isEqualTo(401);
        assertThat(rest.get("wrongpass:wrong-password", "/engine-rest/task").status())
                .isEqualTo(401);
    }
}

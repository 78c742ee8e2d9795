package vn.antq.models.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Rest;

/** Queries carrying an expression are refused before the engine sees them, however they are sent. */
@PostgresTest
class ExpressionQueryGuardTest {

    @LocalServerPort
    int port;

    Rest rest;

    @BeforeEach
    void setUp() {
        rest = new Rest(port);
    }

    @Test
    void anExpressionInAQueryStringIsRefused() {
        Rest.Response r =
                rest.get("district1", "/engine-rest/task?maxResults=5&assigneeExpression=%24%7BcurrentUser()%7D");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("message").asText()).contains("assigneeExpression");
        assertThat(rest.get(
                                "admin",
                                "/engine-rest/task/count?candidateGroupsExpression=${currentUserGroups()}"
                                        .replace("{", "%7B")
                                        .replace("}", "%7D")
                                        .replace("$", "%24"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anExpressionInAJsonBodyIsRefusedEvenInsideOrQueries() {
        assertThat(rest.post("district1", "/engine-rest/task?maxResults=5", Map.of("dueBeforeExpression", "${now()}"))
                        .status())
                .isEqualTo(403);
        Rest.Response nested = rest.post(
                "admin",
                "/engine-rest/task/count",
                Map.of(
                        "orQueries",
                        List.of(Map.of("candidateUserExpression", "${execution.getProcessEngineServices()}"))));
        assertThat(nested.status()).isEqualTo(403);
        assertThat(nested.json().get("message").asText()).contains("candidateUserExpression");
        assertThat(rest.post(
                                "admin",
                                "/engine-rest/filter/create",
                                Map.of(
                                        "resourceType",
                                        "Task",
                                        "name",
                                        "x",
                                        "query",
                                        Map.of("taskAssigneeExpression", "${currentUser()}")))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void ordinaryQueriesPass() {
        assertThat(rest.get("district1", "/engine-rest/task?maxResults=5&candidateGroup=QB01")
                        .status())
                .isEqualTo(200);
        assertThat(rest.post("district1", "/engine-rest/task?maxResults=5", Map.of("candidateGroup", "QB01"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void javaSerializedValuesAreAClientError() {
        Rest.Response r = rest.post(
                "commune1",
                "/engine-rest/process-definition/key/model-proposal/submit-form",
                Map.of(
                        "variables",
                        Map.of(
                                "modelName",
                                Map.of(
                                        "value",
                                        "rO0AB",
                                        "type",
                                        "Object",
                                        "valueInfo",
                                        Map.of(
                                                "objectTypeName",
                                                "java.lang.String",
                                                "serializationDataFormat",
                                                "application/x-java-serialized-object")))));
        assertThat(r.status()).isEqualTo(400);
    }
}

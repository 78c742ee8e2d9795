package vn.antq.models.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Proposals;
import vn.antq.models.support.Rest;

/**
 * Two officials of the same district submit the same review at the same moment: exactly one
 * decision is recorded, the proposal moves on once, and the other official gets a refusal, not a
 * server error that leaves them guessing.
 */
@PostgresTest
class ConcurrentCompletionTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoOfficialsCompletingTheSameTaskAtOnceDecideItOnce() throws Exception {
        if (identity.createUserQuery().userId("district1c").count() == 0) {
            User second = identity.newUser("district1c");
            second.setFirstName("Tâm");
            second.setLastName("Lý Thanh");
            second.setPassword("demo");
            identity.saveUser(second);
            identity.createMembership("district1c", "QB01");
        }
        Rest rest = new Rest(port);
        int rounds = 10;
        int conflicts = 0;
        for (int round = 0; round < rounds; round++) {
            Rest.Response started = rest.post(
                    "commune1",
                    "/engine-rest/process-definition/key/model-proposal/submit-form",
                    Rest.variables(Proposals.valid("Mô hình duyệt đồng thời " + round)));
            String code = started.json().get("businessKey").asText();
            String task = rest.get("district1", "/engine-rest/task?maxResults=5&processInstanceBusinessKey=" + code)
                    .json()
                    .get(0)
                    .get("id")
                    .asText();

            CountDownLatch go = new CountDownLatch(1);
            ExecutorService two = Executors.newFixedThreadPool(2);
            List<Future<Rest.Response>> answers = new ArrayList<>();
            for (String login : List.of("district1", "district1c")) {
                answers.add(two.submit(() -> {
                    go.await();
                    return rest.post(
                            login,
                            "/engine-rest/task/" + task + "/submit-form",
                            Rest.variables(Proposals.decision("approve", null)));
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Rest.Response> a : answers) {
                Rest.Response r = a.get(30, TimeUnit.SECONDS);
                statuses.add(r.status());
                if (r.status() == 409) {
                    assertThat(r.json().get("message").asText())
                            .startsWith("Việc này vừa được người khác xử lý cùng lúc");
                }
            }
            two.shutdown();

            assertThat(statuses).as("round " + round).containsOnlyOnce(204);
            int other = statuses.stream().filter(s -> s != 204).findFirst().orElseThrow();
            assertThat(other).as("the second official is told, round " + round).isEqualTo(409);
            conflicts++;
            assertThat(jdbc.queryForObject(
                            "select count(*) from model_decision where model_code = ? and step = 'ReviewByDistrict'",
                            Long.class,
                            code))
                    .isEqualTo(1);
            assertThat(engine.getTaskService()
                            .createTaskQuery()
                            .processInstanceBusinessKey(code)
                            .taskDefinitionKey("ApproveByProvince")
                            .count())
                    .isEqualTo(1);
        }
        assertThat(conflicts).isEqualTo(rounds);
    }
}

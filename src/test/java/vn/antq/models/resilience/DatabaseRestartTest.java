package vn.antq.models.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.AntqModelsApplication;
import vn.antq.models.support.Proposals;
import vn.antq.models.support.Rest;

/**
 * The database goes away under a running application and comes back: requests during the outage
 * fail cleanly and store nothing half-done, work committed before it is all there afterwards, and
 * requests and the job executor carry on without restarting the application.
 */
class DatabaseRestartTest {

    static Path dataDir;
    static int pgPort;
    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext app;

    static EmbeddedPostgres startPostgres() throws Exception {
        return EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(pgPort)
                .start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (dataDir != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    @Test
    void requestsAndJobsCarryOnAfterTheDatabaseRestarts() throws Exception {
        dataDir = Files.createTempDirectory("antq-pg-restart");
        try (ServerSocket s = new ServerSocket(0)) {
            pgPort = s.getLocalPort();
        }
        postgres = startPostgres();
        app = new SpringApplicationBuilder(AntqModelsApplication.class)
                .registerShutdownHook(false)
                .run(
                        "--spring.profiles.active=demo",
                        "--antq.demo.registry=false",
                        "--server.port=0",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--spring.datasource.hikari.connection-timeout=2000",
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.job-execution.max-wait=1000",
                        "--antq.reminders.drop-folder=target/restart-mail");
        Rest rest = new Rest(((WebServerApplicationContext) app).getWebServer().getPort());
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

        String before = propose(rest, "Mô hình trước khi mất kết nối");
        approve(rest, before);

        postgres.close(); // the data directory stays: this is a restart, not a new database
        Rest.Response during = rest.post(
                "commune1",
                "/engine-rest/process-definition/key/model-proposal/submit-form",
                Rest.variables(Proposals.valid("Mô hình trong lúc mất kết nối")));
        assertThat(during.status()).isGreaterThanOrEqualTo(500);
        assertThat(rest.get("province1", "/api/models/" + before).status()).isGreaterThanOrEqualTo(500);

        postgres = startPostgres();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> rest.get("province1", "/api/models/" + before).status() == 200);

        assertThat(rest.get("province1", "/api/models/" + before)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("ACTIVE");
        assertThat(jdbc.queryForList("select name from security_model", String.class))
                .containsExactly("Mô hình trước khi mất kết nối");
        String after = propose(rest, "Mô hình sau khi có lại kết nối");
        assertThat(after).isNotBlank();

        // the job executor picked up again: an evaluation made due now opens its report task by itself
        assertThat(rest.post("admin", "/api/admin/models/" + before + "/evaluation-due-now", Map.of())
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> rest.get(
                                        "commune1",
                                        "/engine-rest/task?maxResults=5&taskDefinitionKey=ReportByCommune&processInstanceBusinessKey="
                                                + before)
                                .json()
                                .size()
                        == 1);
    }

    static String propose(Rest rest, String name) {
        Rest.Response r = rest.post(
                "commune1",
                "/engine-rest/process-definition/key/model-proposal/submit-form",
                Rest.variables(Proposals.valid(name)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("businessKey").asText();
    }

    static void approve(Rest rest, String code) {
        for (List<String> step :
                List.of(List.of("district1", "ReviewByDistrict"), List.of("province1", "ApproveByProvince"))) {
            String task = rest.get(
                            step.get(0),
                            "/engine-rest/task?maxResults=5&taskDefinitionKey=" + step.get(1)
                                    + "&processInstanceBusinessKey=" + code)
                    .json()
                    .get(0)
                    .get("id")
                    .asText();
            assertThat(rest.post(
                                    step.get(0),
                                    "/engine-rest/task/" + task + "/submit-form",
                                    Rest.variables(Proposals.decision("approve", null)))
                            .status())
                    .isEqualTo(204);
        }
    }
}

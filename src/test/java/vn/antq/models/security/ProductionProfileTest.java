package vn.antq.models.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.antq.models.AntqModelsApplication;

/**
 * The production profile on its own PostgreSQL: it refuses to start without an administrator
 * password; started, it has no demo logins, its first-run setup is closed to anonymous requests,
 * and every response carries the security headers.
 */
class ProductionProfileTest {

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void database() throws Exception {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void refusesToStartWithoutAnAdministratorPassword() {
        Throwable failure = catchThrowable(() -> start());
        assertThat(failure).isNotNull();
        assertThat(rootMessage(failure)).contains("ANTQ_ADMIN_PASSWORD");
    }

    @Test
    void startsWithoutDemoLoginsWithSetupClosedAndSecurityHeaders() throws Exception {
        try (ConfigurableApplicationContext ctx = start("--ANTQ_ADMIN_PASSWORD=Mat-khau-Quan-tri-2026")) {
            IdentityService identity = ctx.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().userId("commune1").count()).isZero();
            assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count())
                    .isEqualTo(1);

            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> setup = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    "http://localhost:" + port + "/camunda/api/admin/setup/prodcheck/user/create"))
                            .header("Content-Type", "application/json")
                            .POST(
                                    HttpRequest.BodyPublishers.ofString(
                                            "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\"},\"credentials\":{\"password\":\"x\"}}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(setup.statusCode()).isGreaterThanOrEqualTo(400);
            assertThat(identity.createUserQuery().userId("intruder").count()).isZero();

            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.headers().firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
            assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
            assertThat(page.headers().allValues("Set-Cookie"))
                    .anySatisfy(c -> assertThat(c).contains("Secure"));
            HttpResponse<String> api = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(401);
            assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void theHardeningHoldsWithoutDemoData() throws Exception {
        try (ConfigurableApplicationContext ctx = start("--ANTQ_ADMIN_PASSWORD=Mat-khau-Quan-tri-2026")) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            IdentityService identity = ctx.getBean(IdentityService.class);
            org.camunda.bpm.engine.AuthorizationService authorizations =
                    ctx.getBean(org.camunda.bpm.engine.AuthorizationService.class);
            // an official who may propose, as onboarding would create one
            org.camunda.bpm.engine.identity.User official = identity.newUser("canbo");
            official.setPassword("Mat-khau-Can-bo-2026");
            identity.saveUser(official);
            for (Object[] grant : new Object[][] {
                {
                    org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION,
                    "model-proposal",
                    org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE
                },
                {
                    org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE,
                    "*",
                    org.camunda.bpm.engine.authorization.Permissions.CREATE
                }
            }) {
                org.camunda.bpm.engine.authorization.Authorization a = authorizations.createNewAuthorization(
                        org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
                a.setUserId("canbo");
                a.setResource((org.camunda.bpm.engine.authorization.Resource) grant[0]);
                a.setResourceId((String) grant[1]);
                a.addPermission((org.camunda.bpm.engine.authorization.Permission) grant[2]);
                authorizations.saveAuthorization(a);
            }
            // this test names its engine "prodcheck" (see start), so the REST API addresses it by name
            vn.antq.models.support.Rest rest = new vn.antq.models.support.Rest(port);
            String official1 = "canbo:Mat-khau-Can-bo-2026";
            String admin = "admin:Mat-khau-Quan-tri-2026";
            vn.antq.models.support.Rest.Response partial = rest.postRaw(
                    official1,
                    "/engine-rest/engine/prodcheck/process-definition/key/model-proposal/start",
                    "application/json",
                    "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"ActivateModel\"}]}");
            assertThat(partial.status()).as(partial.body()).isEqualTo(403);
            assertThat(rest.get(official1, "/engine-rest/engine/prodcheck/metrics/activity-instance-start/sum")
                            .status())
                    .isEqualTo(403);
            assertThat(rest.postRaw(
                                    official1,
                                    "/engine-rest/engine/prodcheck/process-definition/key/model-proposal/submit-form",
                                    "application/json",
                                    "{\"variables\":{\"modelName\":{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
                                            + "\"java.net.URL\",\"serializationDataFormat\":\"application\\/json\"}}}}")
                            .status())
                    .isEqualTo(400);
            assertThat(ctx.getBean(org.camunda.bpm.engine.RuntimeService.class)
                            .createProcessInstanceQuery()
                            .count())
                    .isZero();
            // the reminders are swept here too: the timer that starts "Nhắc việc" waits for its next round
            assertThat(ctx.getBean(org.camunda.bpm.engine.ManagementService.class)
                            .createJobQuery()
                            .processDefinitionKey("task-reminders")
                            .timers()
                            .count())
                    .isEqualTo(1);

            // the only administrator: neither removed by a spelling of the path, nor locked out by guessing
            assertThat(rest.delete(admin, "/engine-rest/engine/prodcheck/group/camunda-admin/members/admin;x=1")
                            .status())
                    .isEqualTo(409);
            assertThat(rest.delete(admin, "/engine-rest/engine/prodcheck/user/adm%69n")
                            .status())
                    .isEqualTo(409);
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new java.util.Date());
            try {
                for (int i = 0; i < 15; i++) {
                    int status = rest.get("admin:sai-" + i, "/engine-rest/engine/prodcheck/user?maxResults=1")
                            .status();
                    assertThat(status).isIn(401, 429);
                    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
                            new java.util.Date(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()
                                            .getTime()
                                    + 1_000));
                }
                assertThat(rest.get(admin, "/engine-rest/engine/prodcheck/user?maxResults=1")
                                .status())
                        .isEqualTo(429);
                org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
                        new java.util.Date(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()
                                        .getTime()
                                + 5 * 60_000
                                + 1_000));
                assertThat(rest.get(admin, "/engine-rest/engine/prodcheck/user?maxResults=1")
                                .status())
                        .isEqualTo(200);
            } finally {
                org.camunda.bpm.engine.impl.util.ClockUtil.reset();
            }
            assertThat(identity.createUserQuery()
                            .memberOfGroup("camunda-admin")
                            .userId("admin")
                            .count())
                    .isEqualTo(1);
        }
    }

    /**
     * Without demo data: a province and two of its officials set up as onboarding sets them up; the
     * province's year-end list answers, a sitting with nothing waiting is refused in Vietnamese, and an
     * absence with a colleague standing in is recorded, read and ended.
     */
    @Test
    void theYearEndAndTheStandInsWorkWithoutDemoData() throws Exception {
        try (ConfigurableApplicationContext ctx = start("--ANTQ_ADMIN_PASSWORD=Mat-khau-Quan-tri-2026")) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            IdentityService identity = ctx.getBean(IdentityService.class);
            vn.antq.models.unit.AdministrativeUnit province = new vn.antq.models.unit.AdministrativeUnit(
                    "PK", "Tỉnh Kiểm Tra", vn.antq.models.unit.UnitLevel.PROVINCE, null, true);
            ctx.getBean(vn.antq.models.unit.UnitRepository.class).saveAndFlush(province);
            ctx.getBean(vn.antq.models.unit.UnitHierarchy.class).forget("PK");
            ctx.getBean(UnitProvisioning.class).provision(province);
            for (String login : List.of("tinhpk1", "tinhpk2")) {
                org.camunda.bpm.engine.identity.User u = identity.newUser(login);
                u.setPassword("Mat-khau-Can-bo-2026");
                identity.saveUser(u);
                identity.createMembership(login, "PK");
            }
            vn.antq.models.support.Rest rest = new vn.antq.models.support.Rest(port);
            String official = "tinhpk1:Mat-khau-Can-bo-2026";

            vn.antq.models.support.Rest.Response list = rest.get(official, "/api/year-end/waiting");
            assertThat(list.status()).as(list.body()).isEqualTo(200);
            assertThat(list.json().get("step").asText()).isEqualTo("PROVINCE");
            assertThat(list.json().get("total").asInt()).isZero();
            vn.antq.models.support.Rest.Response sitting = rest.post(
                    official,
                    "/engine-rest/engine/prodcheck/process-definition/key/year-end-classification/submit-form",
                    vn.antq.models.support.Rest.variables(java.util.Map.of()));
            assertThat(sitting.status()).as(sitting.body()).isEqualTo(400);
            assertThat(sitting.json().get("message").asText()).contains("không có mô hình");

            String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                    .toString();
            vn.antq.models.support.Rest.Response absence = rest.put(
                    official, "/api/me/absence", java.util.Map.of("from", today, "to", today, "standIn", "tinhpk2"));
            assertThat(absence.status()).as(absence.body()).isEqualTo(200);
            assertThat(rest.get(official, "/api/me/absence")
                            .json()
                            .get("absence")
                            .get("standIn")
                            .asText())
                    .isEqualTo("tinhpk2");
            assertThat(rest.delete(official, "/api/me/absence").status()).isEqualTo(200);
        }
    }

    static ConfigurableApplicationContext start(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                // its own engine: the test JVM may already run the demo application's engine "default"
                "--camunda.bpm.process-engine-name=prodcheck",
                "--spring.jmx.enabled=false",
                "--antq.reminders.drop-folder=target/prod-profile-mail",
                "--ANTQ_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--ANTQ_DB_USER=postgres",
                "--ANTQ_DB_PASSWORD=postgres",
                "--ANTQ_PUBLIC_BASE_URL=https://antq.example"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(AntqModelsApplication.class)
                .registerShutdownHook(false)
                .run(args.toArray(String[]::new));
    }

    static String rootMessage(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append(" | ");
        }
        return sb.toString();
    }
}

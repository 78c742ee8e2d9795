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
      assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isEqualTo(1);

      int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> setup = http.send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + "/camunda/api/admin/setup/prodcheck/user/create"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\"},\"credentials\":{\"password\":\"x\"}}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(setup.statusCode()).isGreaterThanOrEqualTo(400);
      assertThat(identity.createUserQuery().userId("intruder").count()).isZero();

      HttpResponse<String> page = http.send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/")).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
      assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
      assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
      assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("Secure"));
      HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(api.statusCode()).isEqualTo(401);
      assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
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
    return new SpringApplicationBuilder(AntqModelsApplication.class).registerShutdownHook(false).run(args.toArray(String[]::new));
  }

  static String rootMessage(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c.getMessage()).append(" | ");
    }
    return sb.toString();
  }
}

package vn.antq.models.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Rest;

/**
 * An attacker who knows a login guesses its password for an hour, as fast as the answers allow;
 * the engine would have locked the account for good after ten. Here the guesses slow down, the
 * account is never locked, and its official logs in with the right password at most
 * {@code antq.login.max-delay} after the last guess. Time is the engine's clock, moved forward
 * by each answer's Retry-After as a patient attacker would wait it out.
 */
@PostgresTest
class LoginThrottleTest {

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${antq.login.max-delay}")
    Duration maxDelay;

    @Value("${antq.login.forget-after}")
    Duration forgetAfter;

    @AfterEach
    void forget() {
        // past every count this test (on its clock) or another (on the real one) left
        long latest =
                Math.max(System.currentTimeMillis(), ClockUtil.getCurrentTime().getTime());
        ClockUtil.setCurrentTime(new Date(latest + forgetAfter.toMillis() + 60_000));
        throttle.cleanUp();
        assertThat(throttle.current()).isEmpty();
        ClockUtil.reset();
    }

    void advance(Duration d) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + d.toMillis()));
    }

    int webappLogin(String login, String password) {
        try {
            HttpClient client =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String base = "http://localhost:" + port;
            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/camunda/app/welcome/default/"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            return client.send(
                            HttpRequest.newBuilder(
                                            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header(
                                            "X-XSRF-TOKEN",
                                            page.headers()
                                                    .firstValue("X-XSRF-TOKEN")
                                                    .orElse(""))
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anHourOfPacedGuessingNeverLocksTheAccountLongerThanTheCeiling() {
        Rest rest = new Rest(port);
        Models.setClock(LocalDateTime.of(2026, 3, 2, 9, 0));
        Duration attack = Duration.ofHours(1);
        Date end = new Date(ClockUtil.getCurrentTime().getTime() + attack.toMillis());
        int checked = 0;
        int slowed = 0;
        String[] apis = {"/engine-rest/task?maxResults=1", "/api/me"};
        int i = 0;
        while (ClockUtil.getCurrentTime().before(end)) {
            Rest.Response r = rest.get("commune3:doan-" + i, apis[i++ % 2]);
            if (r.status() == 429) {
                slowed++;
                assertThat(r.json().get("message").asText()).startsWith("Đăng nhập sai nhiều lần.");
                advance(Duration.ofSeconds(
                        Long.parseLong(r.json().get("message").asText().replaceAll("\\D", ""))));
            } else {
                assertThat(r.status()).isEqualTo(401);
                checked++;
                advance(Duration.ofMillis(200));
            }
        }
        System.out.printf("an hour of guessing: %d passwords checked, %d attempts slowed down%n", checked, slowed);
        // without the throttle every guess is checked (and the engine locks the account for good at 10)
        assertThat(checked).isGreaterThan(10).isLessThan(40);

        // while the guessing goes on, this address waits too, whatever password it sends ...
        int lastGuess = rest.get("commune3:doan-cuoi", "/api/me").status();
        assertThat(lastGuess).isIn(401, 429);
        checked += lastGuess == 401 ? 1 : 0;
        assertThat(rest.get("commune3", "/api/me").status()).isEqualTo(429);
        assertThat(webappLogin("commune3", "demo")).isEqualTo(429);
        // ... and the administrator sees the account's failures and who is being slowed down
        Rest.Response logins = rest.get("admin", "/api/admin/logins");
        assertThat(logins.status()).isEqualTo(200);
        assertThat(logins.body())
                .contains("\"login\":\"commune3\"")
                .contains("\"failedAttempts\":" + checked)
                .contains("address+login 127.0.0.1 commune3");
        assertThat(rest.get("commune1", "/api/admin/logins").status()).isEqualTo(403);

        // the ceiling after the last guess, and the official is in: through the API and through Tasklist's login
        advance(maxDelay);
        assertThat(rest.get("commune3", "/api/me").status()).isEqualTo(200);
        assertThat(webappLogin("commune3", "demo")).isEqualTo(200);
        assertThat(jdbc.queryForObject("select attempts_ from act_id_user where id_ = 'commune3'", Integer.class))
                .isZero();
    }

    @Test
    void theLoginFormIsSlowedDownLikeBasicLogins() {
        Models.setClock(LocalDateTime.of(2026, 3, 2, 9, 0));
        int last = 0;
        for (int i = 0; i < 4; i++) {
            last = webappLogin("district2", "sai-" + i);
        }
        assertThat(last).isEqualTo(401);
        assertThat(webappLogin("district2", "sai-5")).isEqualTo(429);
        assertThat(webappLogin("district2", "demo")).isEqualTo(429);
        advance(Duration.ofSeconds(3));
        assertThat(webappLogin("district2", "demo")).isEqualTo(200);
    }
}

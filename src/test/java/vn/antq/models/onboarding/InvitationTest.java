package vn.antq.models.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antq.models.mail.OutboxMail;
import vn.antq.models.mail.OutboxRepository;
import vn.antq.models.support.Jobs;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Rest;

/**
 * An official imported by the province has no password until they set one: the invitation e-mail
 * arrives (a real SMTP server, GreenMail), its link sets the password once, the official logs in
 * and sees their unit's Tasklist filter, and the link is refused afterwards and once expired.
 */
@PostgresTest
class InvitationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final Pattern LINK = Pattern.compile("https://antq\\.example/dat-mat-khau\\.html#([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OutboxRepository outbox;

    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Imports one officials row as province1 and waits for the import to finish. */
    void importOfficial(String login, String email) throws Exception {
        String csv = "Tên đăng nhập;Họ và tên;Thư điện tử;Mã đơn vị;Vai trò\n" + login + ";Hồ Thị Mai;" + email
                + ";QB0101;Cán bộ\n";
        String boundary = "----antq";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"sheet\"\r\n\r\nofficials\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\nfalse\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"can-bo.csv\"\r\n\r\n"
                + csv
                + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                "province1:demo".getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String id = json.readTree(r.body()).get("id").asText();
        Rest rest = new Rest(port);
        Jobs.drain(
                engine.getManagementService(),
                rest.get("province1", "/api/imports/" + id)
                        .json()
                        .get("processInstanceId")
                        .asText());
        assertThat(rest.get("province1", "/api/imports/" + id)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("DONE");
    }

    /** Runs the delivery job of the login's invitation and returns the token its e-mail carries. */
    String deliveredToken(String login, String email) throws Exception {
        OutboxMail mail = outbox.findByRecipientLoginOrderById(login).stream()
                .filter(m -> m.getDedupeKey().startsWith("invitation:"))
                .reduce((a, b) -> b)
                .orElseThrow();
        Job job = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey("MAIL-" + mail.getId())
                        .singleResult()
                        .getId())
                .singleResult();
        engine.getManagementService().executeJob(job.getId());
        MimeMessage received = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(received.getSubject()).isEqualTo("Mời đặt mật khẩu tài khoản hệ thống quản lý mô hình ANTQ");
        String text = GreenMailUtil.getBody(received).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group(1);
    }

    Rest.Response setPassword(String token, String password, String again) {
        return new Rest(port)
                .post(
                        null,
                        "/api/invitations/password",
                        Map.of("token", token, "password", password, "passwordAgain", again));
    }

    @Test
    void theLinkSetsThePasswordOnceAndTheOfficialLogsInToTheirUnitsWork() throws Exception {
        importOfficial("locthuy7", "mai.ht@ca.quangbinh.gov.vn");
        Rest rest = new Rest(port);
        // no password travels in the file, and none is set: nobody logs in as the new official yet
        assertThat(rest.get("locthuy7:", "/api/me").status()).isEqualTo(401);
        String token = deliveredToken("locthuy7", "mai.ht@ca.quangbinh.gov.vn");

        Rest.Response tooShort = setPassword(token, "ngan", "ngan");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("message").asText()).isEqualTo("Mật khẩu phải có ít nhất 10 ký tự.");
        assertThat(setPassword(token, "Mat-khau-Moi-2026", "Mat-khau-Khac-2026")
                        .json()
                        .get("message")
                        .asText())
                .isEqualTo("Hai lần nhập mật khẩu không giống nhau.");
        Rest.Response set = setPassword(token, "Mat-khau-Moi-2026", "Mat-khau-Moi-2026");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("message").asText()).startsWith("Đã đặt mật khẩu.");

        JsonNode me = rest.get("locthuy7:Mat-khau-Moi-2026", "/api/me").json();
        assertThat(me.get("unitCode").asText()).isEqualTo("QB0101");
        assertThat(rest.get("locthuy7:Mat-khau-Moi-2026", "/engine-rest/filter?maxResults=10")
                        .body())
                .contains("Việc của Xã Lộc Thủy");

        Rest.Response again = setPassword(token, "Mat-khau-Thu-Hai-2026", "Mat-khau-Thu-Hai-2026");
        assertThat(again.status()).isEqualTo(410);
        assertThat(rest.get("locthuy7:Mat-khau-Thu-Hai-2026", "/api/me").status())
                .isEqualTo(401);
        assertThat(setPassword("khong-phai-ma", "Mat-khau-Moi-2026", "Mat-khau-Moi-2026")
                        .status())
                .isEqualTo(410);
    }

    @Test
    void anUnusedLinkExpiresAfterSeventyTwoHours() throws Exception {
        importOfficial("locthuy8", "lan.ht@ca.quangbinh.gov.vn");
        String token = deliveredToken("locthuy8", "lan.ht@ca.quangbinh.gov.vn");
        ClockUtil.setCurrentTime(
                new Date(System.currentTimeMillis() + Duration.ofHours(73).toMillis()));
        assertThat(setPassword(token, "Mat-khau-Moi-2026", "Mat-khau-Moi-2026").status())
                .isEqualTo(410);
        ClockUtil.reset(); // the failed login below is counted on today's clock, not three days ahead
        assertThat(List.of(new Rest(port)
                        .get("locthuy8:Mat-khau-Moi-2026", "/api/me")
                        .status()))
                .containsExactly(401);
    }
}

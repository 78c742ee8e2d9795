package vn.antq.models.reorganization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.models.AntqModelsApplication;
import vn.antq.models.common.Clocks;
import vn.antq.models.mail.MailKind;
import vn.antq.models.mail.OutboxMail;
import vn.antq.models.mail.OutboxRepository;
import vn.antq.models.reminder.ReminderSweep;
import vn.antq.models.security.UnitProvisioning;
import vn.antq.models.support.Models;
import vn.antq.models.support.Proposals;
import vn.antq.models.support.Rest;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitLevel;
import vn.antq.models.unit.UnitRepository;

/**
 * The 2025 reorganization on the demo data, on a database of its own (the other tests keep the demo
 * units as they are): Xã Phong Thủy and Xã An Thủy merged into Xã Lộc Thủy; Quảng Bình's district
 * tier dropped; Quảng Bình merged into Quảng Trị. With work in flight at each step (a proposal
 * waiting for the district's review, one returned to the commune for revision, an active model with
 * its evaluation timer, a point replicated from Lộc Thủy's model, a campaign waiting for answers),
 * each step is dry-run first (nothing changes) and then made; afterwards every task, grant, official
 * and model is where the decree says, who sees what is checked role by role against a written
 * table, the moved tasks' reminders reach the new unit by real SMTP (GreenMail), the old units are
 * kept, marked, and no table names a dissolved unit except the history.
 */
class ReorganizationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    /** Xã An Thủy, a third commune of Huyện Lệ Thủy, with its official commune6: merged with Phong Thủy. */
    static final String AN_THUY = "QB0103";

    static final List<String> ROLES = List.of(
            "commune1",
            "commune2",
            "commune6",
            "commune3",
            "commune4",
            "district1",
            "district2",
            "province1",
            "province2",
            "supervisor");

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext app;
    static Rest rest;
    static JdbcTemplate jdbc;
    static ProcessEngine engine;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        app = new SpringApplicationBuilder(AntqModelsApplication.class)
                .registerShutdownHook(false)
                .run(
                        "--spring.profiles.active=demo",
                        "--antq.demo.registry=false",
                        "--server.port=0",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=3025",
                        "--antq.public-base-url=https://antq.example");
        rest = new Rest(((WebServerApplicationContext) app).getWebServer().getPort());
        jdbc = app.getBean(JdbcTemplate.class);
        engine = app.getBean(ProcessEngine.class);
        app.getBean(TransactionTemplate.class)
                .executeWithoutResult(s -> app.getBean(UnitProvisioning.class)
                        .provision(app.getBean(UnitRepository.class)
                                .saveAndFlush(new AdministrativeUnit(
                                        AN_THUY, "Xã An Thủy", UnitLevel.COMMUNE, "QB01", false))));
        IdentityService identity = engine.getIdentityService();
        User user = identity.newUser("commune6");
        user.setFirstName("Giang");
        user.setLastName("Đỗ Thị");
        user.setEmail("commune6@antq.example");
        user.setPassword("demo");
        identity.saveUser(user);
        identity.createMembership("commune6", AN_THUY);
    }

    @AfterAll
    static void stop() throws Exception {
        ClockUtil.reset();
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static String propose(String login, String name) {
        Rest.Response r = rest.post(
                login,
                "/engine-rest/process-definition/key/model-proposal/submit-form",
                Rest.variables(Proposals.valid(name)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("businessKey").asText();
    }

    static JsonNode task(String login, String key, String code) {
        JsonNode list = rest.get(
                        login,
                        "/engine-rest/task?maxResults=5&taskDefinitionKey=" + key + "&processInstanceBusinessKey="
                                + code)
                .json();
        return list.size() == 0 ? null : list.get(0);
    }

    static void submit(String login, String key, String code, Map<String, Object> form) {
        JsonNode t = task(login, key, code);
        assertThat(t).as(login + " sees " + key + " of " + code).isNotNull();
        Rest.Response r =
                rest.post(login, "/engine-rest/task/" + t.get("id").asText() + "/submit-form", Rest.variables(form));
        assertThat(r.status()).as(r.body()).isEqualTo(204);
    }

    static void decide(String login, String key, String code, String decision, String reason) {
        submit(login, key, code, Proposals.decision(decision, reason));
    }

    static List<String> candidateGroups(String code, String key) {
        return jdbc.queryForList(
                "select l.group_id_ from act_ru_identitylink l join act_ru_task t on t.id_ = l.task_id_ "
                        + "join act_ru_execution e on e.id_ = t.proc_inst_id_ where l.type_ = 'candidate' and e.business_key_ = ? "
                        + "and t.task_def_key_ = ?",
                String.class,
                code,
                key);
    }

    static JsonNode post(String path, Object body) {
        Rest.Response r = rest.post("admin", path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** Every place a unit is named, outside the history. */
    static long namesOf(String unit) {
        return jdbc.queryForObject(
                "select (select count(*) from security_model where unit_code = ? or province_code = ?)"
                        + " + (select count(*) from admin_unit where parent_code = ? and dissolved_into is null)"
                        + " + (select count(*) from act_ru_identitylink where group_id_ in (?, ?))"
                        + " + (select count(*) from act_ru_authorization where group_id_ in (?, ?))"
                        + " + (select count(*) from act_id_membership where group_id_ in (?, ?))"
                        + " + (select count(*) from act_id_group where id_ in (?, ?))"
                        + " + (select count(*) from replication_target where unit_code = ? and outcome = 'PENDING')"
                        + " + (select count(*) from replication_campaign where unit_code = ? and status = 'OPEN')",
                Long.class,
                unit,
                unit,
                unit,
                unit,
                "GS" + unit,
                unit,
                "GS" + unit,
                unit,
                "GS" + unit,
                unit,
                "GS" + unit,
                unit,
                unit);
    }

    // ---- who sees what: the whole table after each step ----

    /** What one fixture should show: who sees the model (its page and every instance under it), who its open tasks. */
    record Expected(String code, boolean model, Set<String> viewers, Set<String> taskHolders) {}

    static Expected model(String code, String viewers, String taskHolders) {
        return new Expected(code, true, logins(viewers), logins(taskHolders));
    }

    /** A campaign: not a model, so its instance only. */
    static Expected instance(String code, String viewers, String taskHolders) {
        return new Expected(code, false, logins(viewers), logins(taskHolders));
    }

    static Set<String> logins(String spaceSeparated) {
        return spaceSeparated.isBlank()
                ? Set.of()
                : new TreeSet<>(Arrays.asList(spaceSeparated.trim().split("\\s+")));
    }

    /**
     * Every role against every fixture: "sees" only when the model's page answers and every instance
     * under the business key (running or finished) is readable over the engine's REST API; "sees none"
     * only when the page is refused and no instance is listed. Anything in between is reported as
     * partial, which no row of a table expects. Fails with the whole observed table.
     */
    static void whoSeesWhat(String step, Expected... fixtures) {
        List<String> unexpected = new ArrayList<>();
        StringBuilder table = new StringBuilder("\n" + step + "\n| fixture | " + String.join(" | ", ROLES) + " |\n");
        for (Expected f : fixtures) {
            int all = rest.get(
                            "admin",
                            "/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + f.code())
                    .json()
                    .get("count")
                    .asInt();
            assertThat(all).as("instances of " + f.code()).isPositive();
            Map<String, String> row = new LinkedHashMap<>();
            for (String role : ROLES) {
                int readable = rest.get(
                                role,
                                "/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + f.code())
                        .json()
                        .get("count")
                        .asInt();
                boolean page =
                        f.model() && rest.get(role, "/api/models/" + f.code()).status() == 200;
                boolean sees = readable == all && (page || !f.model());
                boolean seesNone = readable == 0 && !page;
                boolean tasks = rest.get(role, "/engine-rest/task/count?processInstanceBusinessKey=" + f.code())
                                .json()
                                .get("count")
                                .asInt()
                        > 0;
                row.put(
                        role,
                        (sees ? "R" : seesNone ? "-" : "partial(" + readable + "/" + all + (page ? ",page" : "") + ")")
                                + (tasks ? "T" : ""));
                if (!(sees
                        ? f.viewers().contains(role)
                        : seesNone && !f.viewers().contains(role))) {
                    unexpected.add(f.code() + ": " + role + " " + row.get(role) + ", expected "
                            + (f.viewers().contains(role) ? "R" : "-"));
                }
                if (tasks != f.taskHolders().contains(role)) {
                    unexpected.add(
                            f.code() + ": " + role + (tasks ? " sees open tasks" : " does not see the open tasks"));
                }
            }
            table.append("| ")
                    .append(f.code())
                    .append(" | ")
                    .append(String.join(" | ", row.values()))
                    .append(" |\n");
        }
        System.out.println(table);
        assertThat(unexpected).as(table.toString()).isEmpty();
    }

    // ---- reminders by real SMTP ----

    /** At {@code time}, the reminder sweep runs, then the e-mails it queued about the task are delivered. */
    static List<OutboxMail> remindAt(LocalDateTime time, String code, String taskKey) {
        String taskId = new Models(engine).task(code, taskKey).getId();
        Models.setClock(time);
        app.getBean(ReminderSweep.class).sweepNow();
        List<OutboxMail> mails = app.getBean(OutboxRepository.class).findByTaskIdOrderById(taskId);
        for (OutboxMail mail : mails) {
            ProcessInstance delivery = engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey("MAIL-" + mail.getId())
                    .singleResult();
            if (delivery != null) {
                for (Job job : engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(delivery.getId())
                        .list()) {
                    engine.getManagementService().executeJob(job.getId());
                }
            }
        }
        ClockUtil.reset();
        return mails;
    }

    /** Who received a mail whose subject starts so and names the model. */
    static List<String> received(String subjectStart, String code) {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (m.getSubject().startsWith(subjectStart) && m.getSubject().endsWith(code)) {
                    to.add(m.getAllRecipients()[0].toString());
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return to;
    }

    @Test
    void the2025SequenceMovesEveryModelTaskGrantAndOfficial() throws Exception {
        // work in flight in Xã Phong Thủy (commune2): a proposal waiting for review, one returned for revision, an
        // active model
        String waiting = propose("commune2", "Tổ tự quản Phong Thủy chờ thẩm định");
        String returned = propose("commune2", "Camera an ninh Phong Thủy cần bổ sung");
        decide("district1", "ReviewByDistrict", returned, "return", "Bổ sung danh sách thành viên");
        Models fixtures = new Models(engine);
        String active = fixtures.activeModel("commune2", "Đội xung kích Phong Thủy");
        assertThat(candidateGroups(returned, "ReviseProposal")).containsExactly("QB0102");
        // and a replication campaign of the province: Phong Thủy accepted (a point there), An Thủy and Gia Ninh are
        // still asked
        String source = fixtures.activeModel("commune1", "Tổ liên gia tự quản an ninh Lộc Thủy");
        fixtures.classify(source, "commune1", "EXCELLENT");
        ClockUtil.reset();
        Rest.Response started = rest.post(
                "province1",
                "/engine-rest/process-definition/key/model-replication/submit-form",
                Rest.variables(Map.of(
                        "sourceCode",
                        source,
                        "targetUnits",
                        "QB0102," + AN_THUY + ",QB0201",
                        "deadline",
                        LocalDate.now(Clocks.VIETNAM).plusDays(30).toString())));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String campaign = started.json().get("businessKey").asText();
        submit(
                "commune2",
                "AnswerByCommune",
                campaign,
                Map.of(
                        "decision",
                        "accept",
                        "leaderName",
                        "Hồ Văn Sơn",
                        "members",
                        11,
                        "startedOn",
                        LocalDate.now(Clocks.VIETNAM).toString()));
        String point =
                jdbc.queryForObject("select code from security_model where origin_code = ?", String.class, source);
        assertThat(rest.get("commune1", "/api/models/" + active).status())
                .as("Lộc Thủy does not see Phong Thủy's model yet")
                .isEqualTo(404);
        whoSeesWhat(
                "before the reorganization",
                model(waiting, "commune2 district1 province1 supervisor", "district1"),
                model(returned, "commune2 district1 province1 supervisor", "commune2"),
                model(active, "commune2 district1 province1 supervisor", ""),
                model(point, "commune2 district1 province1 supervisor", ""),
                model(source, "commune1 district1 province1 supervisor", ""),
                instance(campaign, "province1 supervisor", "commune6 commune3"));

        // 1. Xã Phong Thủy and Xã An Thủy merged into Xã Lộc Thủy: a dry run first, changing nothing
        Map<String, Object> merge = Map.of("from", List.of("QB0102", AN_THUY), "into", "QB0101", "dryRun", true);
        JsonNode dry = post("/api/admin/units/merge", merge);
        assertThat(dry.get("movedModels").asLong())
                .as("three models and a point of Phong Thủy")
                .isEqualTo(4);
        assertThat(dry.get("movedTasks").asLong())
                .as("the revision and An Thủy's replication answer")
                .isEqualTo(2);
        assertThat(dry.get("movedOfficials").asLong()).isEqualTo(2);
        assertThat(namesOf("QB0102")).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from admin_unit where dissolved_into is not null", Long.class))
                .isZero();

        JsonNode done = post(
                "/api/admin/units/merge",
                Map.of("from", List.of("QB0102", AN_THUY), "into", "QB0101", "dryRun", false));
        assertThat(done).isEqualTo(dry);
        System.out.println("Phong Thủy and An Thủy into Lộc Thủy moved " + done);
        assertThat(namesOf("QB0102"))
                .as("nothing names Xã Phong Thủy but the history")
                .isZero();
        assertThat(namesOf(AN_THUY))
                .as("nothing names Xã An Thủy but the history")
                .isZero();
        assertThat(jdbc.queryForList(
                        "select dissolved_into from admin_unit where code in ('QB0102', ?)", String.class, AN_THUY))
                .containsExactly("QB0101", "QB0101");
        assertThat(rest.get("commune1", "/api/units").body())
                .doesNotContain("QB0102")
                .doesNotContain(AN_THUY);
        assertThat(rest.get("commune1", "/api/units?all=true").body()).contains("QB0102");
        assertThat(candidateGroups(returned, "ReviseProposal")).containsExactly("QB0101");
        for (String login : List.of("commune1", "commune2")) {
            JsonNode model = rest.get(login, "/api/models/" + active).json();
            assertThat(model.get("unitCode").asText()).as(login).isEqualTo("QB0101");
            JsonNode last = model.get("decisions").get(model.get("decisions").size() - 1);
            assertThat(last.get("stepLabel").asText()).isEqualTo("Sắp xếp lại đơn vị hành chính");
            assertThat(last.get("reason").asText())
                    .startsWith("Từ Xã Phong Thủy sang Xã Lộc Thủy: sáp nhập vào Xã Lộc Thủy ngày ");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_ru_filter where name_ in ('Việc của Xã Phong Thủy', 'Việc của Xã An Thủy')",
                        Long.class))
                .isZero();
        // the answer An Thủy owed is Lộc Thủy's now, and its officials give it there
        assertThat(jdbc.queryForList(
                        "select unit_code from replication_target where campaign_code = ? and outcome = 'PENDING'",
                        String.class,
                        campaign))
                .containsExactlyInAnyOrder("QB0101", "QB0201");
        // the move is in the engine's log too: the candidate group changed by the administrator
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_hi_op_log where user_id_ = 'admin' and operation_type_ = 'AddGroupLink' "
                                + "and task_id_ is not null",
                        Long.class))
                .isGreaterThanOrEqualTo(2);
        whoSeesWhat(
                "after Phong Thủy and An Thủy were merged into Lộc Thủy",
                model(waiting, "commune1 commune2 commune6 district1 province1 supervisor", "district1"),
                model(
                        returned,
                        "commune1 commune2 commune6 district1 province1 supervisor",
                        "commune1 commune2 commune6"),
                model(active, "commune1 commune2 commune6 district1 province1 supervisor", ""),
                model(point, "commune1 commune2 commune6 district1 province1 supervisor", ""),
                model(source, "commune1 commune2 commune6 district1 province1 supervisor", ""),
                instance(campaign, "province1 supervisor", "commune1 commune2 commune6 commune3"));

        // the point and the model it came from now lie in one commune: two points, as a village-level point may be
        assertThat(jdbc.queryForList(
                        "select code from security_model where (code = ? or origin_code = ?) and unit_code = 'QB0101' "
                                + "and status = 'ACTIVE'",
                        String.class,
                        source,
                        source))
                .containsExactlyInAnyOrder(source, point);
        JsonNode replication =
                rest.get("province1", "/api/reports/replication?unit=QB01").json();
        assertThat(replication.get("total").get("points").asLong()).isEqualTo(1);
        // and a campaign that asks Lộc Thủy to replicate its own model finds it running there
        Rest.Response again = rest.post(
                "province1",
                "/engine-rest/process-definition/key/model-replication/submit-form",
                Rest.variables(Map.of(
                        "sourceCode",
                        source,
                        "targetUnits",
                        "QB0101",
                        "deadline",
                        LocalDate.now(Clocks.VIETNAM).plusDays(14).toString())));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("field").asText()).isEqualTo("targetUnits");
        assertThat(again.json().get("message").asText()).contains("đã có mô hình này");

        // the revision's reminders reach Lộc Thủy's officials, Phong Thủy's and An Thủy's among them, each once
        LocalDateTime returnedOn = LocalDateTime.ofInstant(
                new Models(engine)
                        .task(returned, "ReviseProposal")
                        .getCreateTime()
                        .toInstant(),
                Clocks.VIETNAM);
        List<OutboxMail> reminders = remindAt(returnedOn.plusDays(13).plusHours(1), returned, "ReviseProposal");
        assertThat(reminders)
                .extracting(OutboxMail::getRecipientLogin)
                .containsExactlyInAnyOrder("commune1", "commune2", "commune6");
        assertThat(received("[Nhắc việc] Sắp đến hạn: ", returned))
                .containsExactlyInAnyOrder("commune1@antq.example", "commune2@antq.example", "commune6@antq.example");
        assertThat(app.getBean(OutboxRepository.class)
                        .findByTaskIdOrderById(reminders.get(0).getTaskId()))
                .allSatisfy(m -> {
                    assertThat(m.getStatus()).isEqualTo(OutboxMail.Status.SENT);
                    assertThat(m.getTextBody()).contains("Camera an ninh Phong Thủy cần bổ sung", "Xã Lộc Thủy");
                });

        // commune2 now works for Lộc Thủy: it revises its returned proposal there
        submit("commune2", "ReviseProposal", returned, Proposals.valid("Camera an ninh Phong Thủy đã bổ sung"));
        assertThat(candidateGroups(returned, "ReviewByDistrict")).containsExactly("QB01");
        // a second merge of a dissolved unit is refused, naming the field
        Rest.Response twice =
                rest.post("admin", "/api/admin/units/merge", Map.of("from", List.of("QB0102"), "into", "QB0101"));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("field").asText()).isEqualTo("from");
        assertThat(rest.post("province1", "/api/admin/units/merge", merge).status())
                .isEqualTo(403);

        // 2. Quảng Bình's district tier dropped: the districts' review tasks wait for the province
        JsonNode dropDry = post("/api/admin/units/QB/drop-district-tier", Map.of("dryRun", true));
        assertThat(dropDry.get("movedTasks").asLong())
                .as("two reviews of Lệ Thủy")
                .isEqualTo(2);
        assertThat(dropDry.get("movedOfficials").asLong()).isEqualTo(2);
        assertThat(post("/api/admin/units/QB/drop-district-tier", Map.of("dryRun", false)))
                .isEqualTo(dropDry);
        System.out.println("Quảng Bình's district tier dropped moved " + dropDry);
        assertThat(jdbc.queryForObject("select two_tier from admin_unit where code = 'QB'", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForList(
                        "select parent_code from admin_unit where code in ('QB0101', 'QB0201')", String.class))
                .containsOnly("QB");
        assertThat(namesOf("QB01")).isZero();
        assertThat(namesOf("QB02")).isZero();
        assertThat(candidateGroups(waiting, "ReviewByDistrict")).containsExactly("QB");
        String province = "commune1 commune2 commune6 district1 district2 province1 supervisor";
        whoSeesWhat(
                "after Quảng Bình's district tier was dropped",
                model(waiting, province, "district1 district2 province1"),
                model(returned, province, "district1 district2 province1"),
                model(active, province, ""),
                model(point, province, ""),
                model(source, province, ""),
                instance(campaign, "district1 district2 province1 supervisor", "commune1 commune2 commune6 commune3"));
        decide(
                "district1",
                "ReviewByDistrict",
                waiting,
                "approve",
                null); // the district's official now works for the province
        assertThat(candidateGroups(waiting, "ApproveByProvince")).containsExactly("QB");

        // 3. Quảng Bình merged into Quảng Trị
        JsonNode provinces =
                post("/api/admin/units/merge", Map.of("from", List.of("QB"), "into", "QT", "dryRun", false));
        System.out.println("Quảng Bình into Quảng Trị moved " + provinces);
        assertThat(provinces.get("movedModels").asLong())
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from security_model where province_code = 'QT' and unit_code <> 'QT0001'",
                        Long.class));
        assertThat(namesOf("QB")).as("nothing names Quảng Bình but the history").isZero();
        assertThat(jdbc.queryForObject(
                        "select unit_code from replication_campaign where code = ?", String.class, campaign))
                .isEqualTo("QT");
        String merged = "commune1 commune2 commune6 district1 district2 province1 province2 supervisor";
        whoSeesWhat(
                "after Quảng Bình was merged into Quảng Trị",
                model(waiting, merged, "district1 district2 province1 province2"),
                model(returned, merged, "district1 district2 province1 province2"),
                model(active, merged, ""),
                model(point, merged, ""),
                model(source, merged, ""),
                instance(
                        campaign,
                        "district1 district2 province1 province2 supervisor",
                        "commune1 commune2 commune6 commune3"));
        assertThat(candidateGroups(waiting, "ApproveByProvince")).containsExactly("QT");
        assertThat(rest.get("supervisor", "/api/reports/summary")
                        .json()
                        .get("unitCode")
                        .asText())
                .isEqualTo("QT");
        JsonNode summary = rest.get("province2", "/api/reports/summary").json();
        assertThat(summary.get("children").findValuesAsText("unitCode"))
                .as("the dissolved units are no rows of the report")
                .containsExactlyInAnyOrder("QT0001", "QB0101", "QB0201");
        assertThat(summary.get("points").asLong())
                .as("Quảng Trị's report counts the moved models")
                .isGreaterThanOrEqualTo(1);
        assertThat(rest.get("province1", "/api/models/" + active)
                        .json()
                        .get("unitChain")
                        .findValuesAsText("code"))
                .containsExactly("QB0101", "QT");

        // the approval's reminders reach Quảng Trị's officials, and its escalation Quảng Trị's supervisors
        smtp.purgeEmailFromAllMailboxes();
        LocalDateTime reviewedOn = LocalDateTime.ofInstant(
                new Models(engine)
                        .task(waiting, "ApproveByProvince")
                        .getCreateTime()
                        .toInstant(),
                Clocks.VIETNAM);
        List<OutboxMail> approval = remindAt(reviewedOn.plusDays(18).plusHours(1), waiting, "ApproveByProvince");
        assertThat(approval)
                .filteredOn(m -> m.getKind() == MailKind.ESCALATION)
                .extracting(OutboxMail::getRecipientLogin)
                .containsExactly("supervisor");
        assertThat(approval)
                .filteredOn(m -> m.getKind() == MailKind.OVERDUE)
                .extracting(OutboxMail::getRecipientLogin)
                .containsExactlyInAnyOrder("district1", "district2", "province1", "province2");
        assertThat(received("[Báo cáo cấp trên] ", waiting)).containsExactly("supervisor@antq.example");
        assertThat(jdbc.queryForList(
                        "select unit_code from notification where model_code = ? and kind = 'escalation' order by id",
                        String.class,
                        waiting))
                .as("its review, late in step 1, told Quảng Bình; its approval Quảng Trị")
                .containsExactly("QB", "QT");

        // the dissolved units are offered nowhere again: the communes a campaign may target
        var options = app.getBean(vn.antq.models.replication.ReplicationOptions.class);
        var province2 =
                app.getBean(vn.antq.models.security.OfficialService.class).byLogin("province2");
        assertThat(options.communes(province2))
                .extracting(u -> u.getCode())
                .containsExactlyInAnyOrder("QT0001", "QB0101", "QB0201");

        // a new proposal of a commune of the old Quảng Bình goes straight to Quảng Trị, with a QT- code
        String fresh = propose("commune1", "Tổ an ninh Lộc Thủy sau sáp nhập");
        assertThat(fresh).startsWith("QT-");
        assertThat(candidateGroups(fresh, "ApproveByProvince")).containsExactly("QT");
        decide("province2", "ApproveByProvince", fresh, "approve", null);
        assertThat(rest.get("commune1", "/api/models/" + fresh)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("ACTIVE");
    }
}

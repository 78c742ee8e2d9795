package vn.antq.models.reorganization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.AntqModelsApplication;
import vn.antq.models.common.Clocks;
import vn.antq.models.support.Models;
import vn.antq.models.support.Proposals;
import vn.antq.models.support.Rest;

/**
 * The 2025 reorganization on the demo data, on a database of its own (the other tests keep the demo
 * units as they are): Xã Phong Thủy merged into Xã Lộc Thủy; Quảng Bình's district tier dropped;
 * Quảng Bình merged into Quảng Trị. With work in flight at each step (a proposal waiting for the
 * district's review, one returned to the commune for revision, an active model with its evaluation
 * timer), each step is dry-run first (nothing changes) and then made; afterwards every task, grant,
 * official and model is where the decree says, the old units are kept, marked, and no table names
 * a dissolved unit except the history.
 */
class ReorganizationTest {

  static EmbeddedPostgres postgres;
  static ConfigurableApplicationContext app;
  static Rest rest;
  static JdbcTemplate jdbc;
  static ProcessEngine engine;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    app = new SpringApplicationBuilder(AntqModelsApplication.class).registerShutdownHook(false).run(
        "--spring.profiles.active=demo", "--antq.demo.registry=false", "--server.port=0",
        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
        "--camunda.bpm.job-execution.enabled=false", "--antq.reminders.drop-folder=target/reorganization-mail");
    rest = new Rest(((WebServerApplicationContext) app).getWebServer().getPort());
    jdbc = app.getBean(JdbcTemplate.class);
    engine = app.getBean(ProcessEngine.class);
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  static String propose(String login, String name) {
    Rest.Response r = rest.post(login, "/engine-rest/process-definition/key/model-proposal/submit-form",
        Rest.variables(Proposals.valid(name)));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("businessKey").asText();
  }

  static JsonNode task(String login, String key, String code) {
    JsonNode list = rest.get(login, "/engine-rest/task?maxResults=5&taskDefinitionKey=" + key + "&processInstanceBusinessKey=" + code).json();
    return list.size() == 0 ? null : list.get(0);
  }

  static void decide(String login, String key, String code, String decision, String reason) {
    JsonNode t = task(login, key, code);
    assertThat(t).as(login + " sees " + key + " of " + code).isNotNull();
    Rest.Response r = rest.post(login, "/engine-rest/task/" + t.get("id").asText() + "/submit-form",
        Rest.variables(Proposals.decision(decision, reason)));
    assertThat(r.status()).as(r.body()).isEqualTo(204);
  }

  static List<String> candidateGroups(String code, String key) {
    return jdbc.queryForList("select l.group_id_ from act_ru_identitylink l join act_ru_task t on t.id_ = l.task_id_ "
        + "join act_ru_execution e on e.id_ = t.proc_inst_id_ where l.type_ = 'candidate' and e.business_key_ = ? "
        + "and t.task_def_key_ = ?", String.class, code, key);
  }

  static JsonNode post(String path, Object body) {
    Rest.Response r = rest.post("admin", path, body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  /** Every place a unit is named, outside the history. */
  static long namesOf(String unit) {
    return jdbc.queryForObject("select (select count(*) from security_model where unit_code = ? or province_code = ?)"
        + " + (select count(*) from admin_unit where parent_code = ? and dissolved_into is null)"
        + " + (select count(*) from act_ru_identitylink where group_id_ in (?, ?))"
        + " + (select count(*) from act_ru_authorization where group_id_ in (?, ?))"
        + " + (select count(*) from act_id_membership where group_id_ in (?, ?))"
        + " + (select count(*) from act_id_group where id_ in (?, ?))"
        + " + (select count(*) from replication_target where unit_code = ? and outcome = 'PENDING')"
        + " + (select count(*) from replication_campaign where unit_code = ? and status = 'OPEN')", Long.class,
        unit, unit, unit, unit, "GS" + unit, unit, "GS" + unit, unit, "GS" + unit, unit, "GS" + unit, unit, unit);
  }

  @Test
  void the2025SequenceMovesEveryModelTaskGrantAndOfficial() {
    // work in flight in Xã Phong Thủy (commune2): a proposal waiting for review, one returned for revision, an active model
    String waiting = propose("commune2", "Tổ tự quản Phong Thủy chờ thẩm định");
    String returned = propose("commune2", "Camera an ninh Phong Thủy cần bổ sung");
    decide("district1", "ReviewByDistrict", returned, "return", "Bổ sung danh sách thành viên");
    Models fixtures = new Models(engine);
    String active = fixtures.activeModel("commune2", "Đội xung kích Phong Thủy");
    assertThat(candidateGroups(returned, "ReviseProposal")).containsExactly("QB0102");
    // and a replication campaign of the province waiting for Phong Thủy's and Gia Ninh's answers
    String source = fixtures.activeModel("commune1", "Tổ liên gia tự quản an ninh Lộc Thủy");
    fixtures.classify(source, "commune1", "EXCELLENT");
    ClockUtil.reset();
    Rest.Response started = rest.post("province1", "/engine-rest/process-definition/key/model-replication/submit-form",
        Rest.variables(Map.of("sourceCode", source, "targetUnits", "QB0102,QB0201",
            "deadline", LocalDate.now(Clocks.VIETNAM).plusDays(14).toString())));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String campaign = started.json().get("businessKey").asText();
    assertThat(rest.get("commune2", "/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + campaign).json()).hasSize(1);
    assertThat(rest.get("commune1", "/api/models/" + active).status()).as("Lộc Thủy does not see Phong Thủy's model yet").isEqualTo(404);

    // 1. Xã Phong Thủy merged into Xã Lộc Thủy: a dry run first, changing nothing
    Map<String, Object> merge = Map.of("from", List.of("QB0102"), "into", "QB0101", "dryRun", true);
    JsonNode dry = post("/api/admin/units/merge", merge);
    assertThat(dry.get("movedModels").asLong()).isEqualTo(3);
    assertThat(dry.get("movedTasks").asLong()).as("the revision and the replication answer").isEqualTo(2);
    assertThat(dry.get("movedOfficials").asLong()).isEqualTo(1);
    assertThat(namesOf("QB0102")).isPositive();
    assertThat(jdbc.queryForObject("select count(*) from admin_unit where dissolved_into is not null", Long.class)).isZero();

    JsonNode done = post("/api/admin/units/merge", Map.of("from", List.of("QB0102"), "into", "QB0101", "dryRun", false));
    assertThat(done).isEqualTo(dry);
    assertThat(namesOf("QB0102")).as("nothing names Xã Phong Thủy but the history").isZero();
    assertThat(jdbc.queryForObject("select dissolved_into from admin_unit where code = 'QB0102'", String.class)).isEqualTo("QB0101");
    assertThat(rest.get("commune1", "/api/units").body()).doesNotContain("QB0102");
    assertThat(rest.get("commune1", "/api/units?all=true").body()).contains("QB0102");
    assertThat(candidateGroups(returned, "ReviseProposal")).containsExactly("QB0101");
    for (String login : List.of("commune1", "commune2")) {
      JsonNode model = rest.get(login, "/api/models/" + active).json();
      assertThat(model.get("unitCode").asText()).as(login).isEqualTo("QB0101");
      JsonNode last = model.get("decisions").get(model.get("decisions").size() - 1);
      assertThat(last.get("stepLabel").asText()).isEqualTo("Sắp xếp lại đơn vị hành chính");
      assertThat(last.get("reason").asText()).startsWith("Từ Xã Phong Thủy sang Xã Lộc Thủy: sáp nhập vào Xã Lộc Thủy ngày ");
    }
    assertThat(jdbc.queryForObject("select count(*) from act_ru_filter where name_ = 'Việc của Xã Phong Thủy'", Long.class)).isZero();
    // the answer Phong Thủy owed is Lộc Thủy's now, and commune2 gives it there
    assertThat(jdbc.queryForObject("select unit_code from replication_target where campaign_code = ? and outcome = 'PENDING' "
        + "and unit_code <> 'QB0201'", String.class, campaign)).isEqualTo("QB0101");
    JsonNode answer = rest.get("commune2", "/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + campaign).json();
    assertThat(answer).hasSize(1);
    assertThat(rest.get("commune1", "/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + campaign).json()).hasSize(1);
    // the move is in the engine's log too: the candidate group changed by the administrator
    assertThat(jdbc.queryForObject("select count(*) from act_hi_op_log where user_id_ = 'admin' and operation_type_ = 'AddGroupLink' "
        + "and task_id_ is not null", Long.class)).isGreaterThanOrEqualTo(2);
    // commune2 now works for Lộc Thủy: it revises its returned proposal there
    JsonNode revision = task("commune2", "ReviseProposal", returned);
    assertThat(revision).as("commune2 sees its returned proposal in Lộc Thủy's work").isNotNull();
    Rest.Response revised = rest.post("commune2", "/engine-rest/task/" + revision.get("id").asText() + "/submit-form",
        Rest.variables(Proposals.valid("Camera an ninh Phong Thủy đã bổ sung")));
    assertThat(revised.status()).as(revised.body()).isEqualTo(204);
    assertThat(candidateGroups(returned, "ReviewByDistrict")).containsExactly("QB01");
    // a second merge of a dissolved unit is refused, naming the field
    Rest.Response again = rest.post("admin", "/api/admin/units/merge", Map.of("from", List.of("QB0102"), "into", "QB0101"));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("field").asText()).isEqualTo("from");
    assertThat(rest.post("province1", "/api/admin/units/merge", merge).status()).isEqualTo(403);

    // 2. Quảng Bình's district tier dropped: the districts' review tasks wait for the province
    JsonNode dropDry = post("/api/admin/units/QB/drop-district-tier", Map.of("dryRun", true));
    assertThat(dropDry.get("movedTasks").asLong()).isEqualTo(2);
    assertThat(dropDry.get("movedOfficials").asLong()).isEqualTo(2);
    assertThat(post("/api/admin/units/QB/drop-district-tier", Map.of("dryRun", false))).isEqualTo(dropDry);
    assertThat(jdbc.queryForObject("select two_tier from admin_unit where code = 'QB'", Boolean.class)).isTrue();
    assertThat(jdbc.queryForList("select parent_code from admin_unit where code in ('QB0101', 'QB0201')", String.class))
        .containsOnly("QB");
    assertThat(namesOf("QB01")).isZero();
    assertThat(namesOf("QB02")).isZero();
    assertThat(candidateGroups(waiting, "ReviewByDistrict")).containsExactly("QB");
    decide("district1", "ReviewByDistrict", waiting, "approve", null); // the district's official now works for the province
    assertThat(candidateGroups(waiting, "ApproveByProvince")).containsExactly("QB");

    // 3. Quảng Bình merged into Quảng Trị
    JsonNode provinces = post("/api/admin/units/merge", Map.of("from", List.of("QB"), "into", "QT", "dryRun", false));
    assertThat(provinces.get("movedModels").asLong()).isEqualTo(jdbc.queryForObject(
        "select count(*) from security_model where province_code = 'QT' and unit_code <> 'QT0001'", Long.class));
    assertThat(namesOf("QB")).as("nothing names Quảng Bình but the history").isZero();
    assertThat(jdbc.queryForObject("select unit_code from replication_campaign where code = ?", String.class, campaign)).isEqualTo("QT");
    assertThat(rest.get("province2", "/engine-rest/process-instance/" + started.json().get("id").asText()).status())
        .as("Quảng Trị's province reads the campaign it now owns").isEqualTo(200);
    // who sees what afterwards: the old Quảng Bình's officials within Quảng Trị, each at their level
    assertThat(rest.get("commune1", "/api/models/" + active).status()).isEqualTo(200);
    assertThat(rest.get("commune4", "/api/models/" + active).status()).as("Cửa Tùng sees only its own").isEqualTo(404);
    assertThat(rest.get("province2", "/api/models/" + active).status()).isEqualTo(200);
    assertThat(rest.get("district1", "/api/models/" + active).status()).as("district1 works for the province now").isEqualTo(200);
    assertThat(rest.get("commune3", "/api/models/" + active).status()).isEqualTo(404);
    assertThat(candidateGroups(waiting, "ApproveByProvince")).containsExactly("QT");
    assertThat(rest.get("supervisor", "/api/reports/summary").json().get("unitCode").asText()).isEqualTo("QT");
    JsonNode summary = rest.get("province2", "/api/reports/summary").json();
    assertThat(summary.get("children").findValuesAsText("unitCode")).as("the dissolved units are no rows of the report")
        .containsExactlyInAnyOrder("QT0001", "QB0101", "QB0201");
    assertThat(summary.get("points").asLong()).as("Quảng Trị's report counts the moved models").isGreaterThanOrEqualTo(1);
    assertThat(rest.get("province1", "/api/models/" + active).json().get("unitChain").findValuesAsText("code"))
        .containsExactly("QB0101", "QT");

    // the dissolved units are offered nowhere again: the communes a campaign may target
    var options = app.getBean(vn.antq.models.replication.ReplicationOptions.class);
    var province2 = app.getBean(vn.antq.models.security.OfficialService.class).byLogin("province2");
    assertThat(options.communes(province2)).extracting(u -> u.getCode()).containsExactlyInAnyOrder("QT0001", "QB0101", "QB0201");

    // a new proposal of a commune of the old Quảng Bình goes straight to Quảng Trị, with a QT- code
    String fresh = propose("commune1", "Tổ an ninh Lộc Thủy sau sáp nhập");
    assertThat(fresh).startsWith("QT-");
    assertThat(candidateGroups(fresh, "ApproveByProvince")).containsExactly("QT");
    decide("province2", "ApproveByProvince", fresh, "approve", null);
    assertThat(rest.get("commune1", "/api/models/" + fresh).json().get("status").asText()).isEqualTo("ACTIVE");
  }
}

package vn.antq.models.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.evaluation.Indicators;
import vn.antq.models.support.Models;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Proposals;
import vn.antq.models.support.Rest;

/**
 * A generated corpus of malformed and malicious payloads against every start form, task form and
 * /api endpoint. No payload may cause a 5xx; a refused one must leave no row behind; nothing unclean
 * may be stored anywhere, process variables and history included; stored text is NFC.
 */
@PostgresTest
class HostileInputTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    Rest rest;
    final Map<String, int[]> counts = new LinkedHashMap<>(); // target -> sent, refused, accepted, 5xx
    final List<String> failures = new ArrayList<>();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static final List<String> TABLES = List.of(
            "security_model",
            "model_decision",
            "model_evaluation",
            "replication_campaign",
            "replication_target",
            "act_hi_procinst",
            "act_ru_task",
            "act_ru_variable");

    /**
     * Every row inserted into (+1) or deleted from (-1) one of {@link #TABLES} while the corpus runs,
     * written by a trigger in the writing transaction: a write that is rolled back leaves no entry, so
     * the entries after a payload are exactly the change in those tables' row counts that it stored. A
     * payload's check reads its own entries by the log's key instead of counting whole tables, whose
     * size is whatever the tests before this one left.
     */
    @BeforeEach
    void watchTables() {
        jdbc.execute("create unlogged table hostile_footprint "
                + "(id bigserial primary key, tbl text not null, delta int not null)");
        jdbc.execute("create function hostile_footprint() returns trigger language plpgsql as $$ begin "
                + "insert into hostile_footprint (tbl, delta) "
                + "values (TG_TABLE_NAME, case when TG_OP = 'INSERT' then 1 else -1 end); "
                + "return null; end $$");
        TABLES.forEach(t -> jdbc.execute("create trigger hostile_footprint after insert or delete on " + t
                + " for each row execute function hostile_footprint()"));
    }

    @AfterEach
    void unwatchTables() {
        TABLES.forEach(t -> jdbc.execute("drop trigger if exists hostile_footprint on " + t));
        jdbc.execute("drop function if exists hostile_footprint()");
        jdbc.execute("drop table if exists hostile_footprint");
    }

    /** The last key the footprint log handed out, committed or not: what a payload's entries follow. */
    long footprintMark() {
        return jdbc.queryForObject(
                "select case when is_called then last_value else 0 end from hostile_footprint_id_seq", Long.class);
    }

    /** The change in each table's row count stored since {@code mark}, for the tables whose count changed. */
    Map<String, Long> storedSince(long mark) {
        Map<String, Long> changed = new LinkedHashMap<>();
        jdbc.query(
                "select tbl, sum(delta) from hostile_footprint where id > ? group by tbl having sum(delta) <> 0",
                rs -> {
                    changed.put(rs.getString(1), rs.getLong(2));
                },
                mark);
        return changed;
    }

    /** Sends one payload; records its outcome; a refusal must not change any table's row count. */
    boolean send(String target, String label, Supplier<Rest.Response> request) {
        long mark = footprintMark();
        Rest.Response r = request.get();
        int[] c = counts.computeIfAbsent(target, k -> new int[4]);
        c[0]++;
        if (r.status() >= 500) {
            c[3]++;
            failures.add("5xx " + r.status() + " at " + target + " / " + label + ": "
                    + r.body().substring(0, Math.min(300, r.body().length())));
            return false;
        }
        if (r.status() >= 400) {
            c[1]++;
            Map<String, Long> stored = storedSince(mark);
            if (!stored.isEmpty()) {
                failures.add("refused but stored at " + target + " / " + label + ": " + stored);
            }
            return false;
        }
        c[2]++;
        return true;
    }

    static Map<String, Object> vars(Map<String, Object> plain) {
        Map<String, Object> v = new LinkedHashMap<>();
        plain.forEach((k, val) -> v.put(k, Map.of("value", val)));
        return v;
    }

    /** Base form with one field replaced by a hostile value (or left out). */
    static Map<String, Object> body(Map<String, Object> base, String field, HostileValues.Value value) {
        Map<String, Object> v = vars(base);
        if (value.variable() == null) {
            v.remove(field);
        } else {
            v.put(field, value.variable());
        }
        return Map.of("variables", v);
    }

    String taskId(String login, String businessKey, String taskKey) {
        var tasks = rest.get(
                        login,
                        "/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + businessKey
                                + "&taskDefinitionKey=" + taskKey)
                .json();
        return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
    }

    String proposeOverRest(String name) {
        return rest.post(
                        "commune1",
                        "/engine-rest/process-definition/key/model-proposal/submit-form",
                        Rest.variables(Proposals.valid(name)))
                .json()
                .get("businessKey")
                .asText();
    }

    /** An active model of commune1 whose evaluation report is in, waiting for the district. */
    String reported(Models models, String name) {
        String code = models.activeModel("commune1", name);
        rest.post("admin", "/api/admin/models/" + code + "/evaluation-due-now", Map.of());
        models.runDueJobs(code);
        models.complete("commune1", code, "ReportByCommune", Models.reportFor("GOOD"));
        return code;
    }

    /** Every field of one task form with every hostile value, on a fresh task once a value was accepted. */
    void taskCorpus(
            String target,
            String login,
            Map<String, Object> base,
            Supplier<String> freshTask,
            List<HostileValues.Value> values) {
        String[] task = {freshTask.get()};
        for (String field : base.keySet()) {
            for (HostileValues.Value v : values) {
                if (task[0] == null
                        || engine.getTaskService()
                                        .createTaskQuery()
                                        .taskId(task[0])
                                        .count()
                                == 0) {
                    task[0] = freshTask.get();
                }
                String t = task[0];
                send(
                        target,
                        field + " = " + v.label(),
                        () -> rest.post(login, "/engine-rest/task/" + t + "/submit-form", body(base, field, v)));
            }
        }
    }

    @Test
    void aHostileCorpusCausesNoServerErrorStoresNothingRefusedAndNothingUnclean() {
        rest = new Rest(port);
        Models models = new Models(engine);
        Models.setClock(LocalDateTime.of(2025, 6, 2, 9, 0));
        List<HostileValues.Value> values = HostileValues.all();

        // 1. the proposal start form, every field
        for (String field : Proposals.valid("x").keySet()) {
            for (HostileValues.Value v : values) {
                send(
                        "proposal start form",
                        field + " = " + v.label(),
                        () -> rest.post(
                                "commune1",
                                "/engine-rest/process-definition/key/model-proposal/submit-form",
                                body(Proposals.valid("Mô hình thử nghiệm"), field, v)));
            }
        }
        for (String extra :
                List.of("unitCode", "districtCode", "provinceCode", "modelCode", "__proto__", "initiator")) {
            Map<String, Object> form = Proposals.valid("Mô hình thêm trường");
            send(
                    "proposal start form",
                    "extra " + extra,
                    () -> rest.post(
                            "commune1",
                            "/engine-rest/process-definition/key/model-proposal/submit-form",
                            body(
                                    form,
                                    extra,
                                    new HostileValues.Value(
                                            "QT0001", HostileValues.typed("<b>QT0001</b>", "String")))));
        }

        // 2. the district's review form
        String reviewed = proposeOverRest("Mô hình chờ thẩm định");
        for (String field : List.of("decision", "reason")) {
            for (HostileValues.Value v : values) {
                String task = taskId("district1", reviewed, "ReviewByDistrict");
                if (task == null) {
                    reviewed = proposeOverRest("Mô hình chờ thẩm định");
                    task = taskId("district1", reviewed, "ReviewByDistrict");
                }
                String t = task;
                Map<String, Object> base = new LinkedHashMap<>(Map.of("decision", "return", "reason", "Bổ sung hồ sơ"));
                send(
                        "review task form",
                        field + " = " + v.label(),
                        () -> rest.post("district1", "/engine-rest/task/" + t + "/submit-form", body(base, field, v)));
            }
        }

        // 3. the commune's evaluation report
        String evaluated = models.activeModel("commune1", "Mô hình chờ báo cáo");
        Supplier<String> reportTask = () -> {
            String t = taskId("commune1", evaluated, "ReportByCommune");
            if (t != null) {
                return t;
            }
            models.runDueJobs(evaluated);
            return taskId("commune1", evaluated, "ReportByCommune");
        };
        rest.post("admin", "/api/admin/models/" + evaluated + "/evaluation-due-now", Map.of());
        models.runDueJobs(evaluated);
        List<String> reportFields = new ArrayList<>(Indicators.KEYS);
        reportFields.add("narrative");
        String[] current = {evaluated};
        for (String field : reportFields) {
            for (HostileValues.Value v : values) {
                String t = taskId("commune1", current[0], "ReportByCommune");
                if (t == null) {
                    current[0] = models.activeModel("commune1", "Mô hình chờ báo cáo");
                    rest.post("admin", "/api/admin/models/" + current[0] + "/evaluation-due-now", Map.of());
                    models.runDueJobs(current[0]);
                    t = taskId("commune1", current[0], "ReportByCommune");
                }
                String task = t;
                send(
                        "evaluation report form",
                        field + " = " + v.label(),
                        () -> rest.post(
                                "commune1",
                                "/engine-rest/task/" + task + "/submit-form",
                                body(Models.reportFor("GOOD"), field, v)));
            }
        }

        // 4. the replication start form
        String source = models.activeModel("commune1", "Mô hình nguồn nhân rộng");
        models.classify(source, "commune1", "EXCELLENT");
        Models.setClock(LocalDateTime.of(2026, 3, 2, 9, 0));
        Map<String, Object> campaign = new LinkedHashMap<>(Map.of(
                "sourceCode",
                source,
                "targetUnits",
                "QB0102",
                "deadline",
                LocalDate.of(2026, 3, 30).toString()));
        for (String field : campaign.keySet()) {
            for (HostileValues.Value v : values) {
                send(
                        "replication start form",
                        field + " = " + v.label(),
                        () -> rest.post(
                                "province1",
                                "/engine-rest/process-definition/key/model-replication/submit-form",
                                body(campaign, field, v)));
            }
        }

        // 5. the retirement request start form
        Map<String, Object> request = new LinkedHashMap<>(Map.of("modelCode", source, "reason", "Không còn hiệu quả"));
        for (String field : request.keySet()) {
            for (HostileValues.Value v : values) {
                send(
                        "retirement request form",
                        field + " = " + v.label(),
                        () -> rest.post(
                                "commune1",
                                "/engine-rest/process-definition/key/model-retirement-request/submit-form",
                                body(request, field, v)));
            }
        }

        // 5b. every other task form, each on a fresh task whenever an accepted value completed the last
        Supplier<String> approval = () -> {
            String c = proposeOverRest("Mô hình chờ phê duyệt");
            models.complete("district1", c, "ReviewByDistrict", Proposals.decision("approve", null));
            return taskId("province1", c, "ApproveByProvince");
        };
        taskCorpus(
                "approval task form",
                "province1",
                Map.of("decision", "return", "reason", "Bổ sung hồ sơ"),
                approval,
                values);
        Supplier<String> revision = () -> {
            String c = proposeOverRest("Mô hình chờ bổ sung");
            models.complete("district1", c, "ReviewByDistrict", Proposals.decision("return", "Bổ sung số quyết định"));
            return taskId("commune1", c, "ReviseProposal");
        };
        taskCorpus("revision task form", "commune1", Proposals.valid("Mô hình đã bổ sung"), revision, values);
        Supplier<String> assessment = () -> {
            String c = reported(models, "Mô hình chờ thẩm định kết quả");
            return taskId("district1", c, "AssessByDistrict");
        };
        taskCorpus(
                "assessment task form",
                "district1",
                Map.of("proposedClassification", "GOOD", "reason", "Đạt tiêu chí"),
                assessment,
                values);
        Supplier<String> classification = () -> {
            String c = reported(models, "Mô hình chờ xếp loại");
            models.complete("district1", c, "AssessByDistrict", Map.of("proposedClassification", "GOOD"));
            return taskId("province1", c, "ClassifyByProvince");
        };
        taskCorpus(
                "classification task form",
                "province1",
                Map.of("classification", "GOOD", "reason", "Đồng ý với đề xuất"),
                classification,
                values);
        Supplier<String> ruling = () -> {
            String c = models.activeModel("commune1", "Mô hình chờ quyết định thanh loại");
            rest.post(
                    "commune1",
                    "/engine-rest/process-definition/key/model-retirement-request/submit-form",
                    Rest.variables(Map.of("modelCode", c, "reason", "Không còn hiệu quả")));
            return taskId("province1", c, "DecideRetirement");
        };
        taskCorpus(
                "retirement decision task form",
                "province1",
                Map.of("decision", "reject", "reason", "Chưa đủ căn cứ"),
                ruling,
                values);
        Supplier<String> answer = () -> {
            String c = rest.post(
                            "province1",
                            "/engine-rest/process-definition/key/model-replication/submit-form",
                            Rest.variables(
                                    Map.of("sourceCode", source, "targetUnits", "QB0201", "deadline", "2026-03-30")))
                    .json()
                    .get("businessKey")
                    .asText();
            return taskId("commune3", c, "AnswerByCommune");
        };
        Map<String, Object> decline = new LinkedHashMap<>(Map.of(
                "decision",
                "decline",
                "reason",
                "Chưa bố trí được lực lượng",
                "leaderName",
                "Hồ Văn Sơn",
                "leaderPhone",
                "0912345678",
                "members",
                11L,
                "startedOn",
                "2026-03-10"));
        taskCorpus("replication answer task form", "commune3", decline, answer, values);
        Supplier<String> choice = () -> {
            String pi = rest.post(
                            "province1",
                            "/engine-rest/process-definition/key/model-replication/submit-form",
                            Map.of("variables", Map.of()))
                    .json()
                    .get("id")
                    .asText();
            return engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceId(pi)
                    .singleResult()
                    .getId();
        };
        taskCorpus("replication choice task form", "province1", campaign, choice, values);

        // 6. /api: query parameters, path codes and the preference body
        for (String param : List.of("q", "status", "field", "unit", "page", "size")) {
            for (HostileValues.Value v : values) {
                Object raw = v.variable() == null ? "" : v.variable().get("value");
                String value = URLEncoder.encode(
                        String.valueOf(raw)
                                .substring(0, Math.min(2000, String.valueOf(raw).length())),
                        StandardCharsets.UTF_8);
                send(
                        "/api/models",
                        param + " = " + v.label(),
                        () -> rest.get("province1", "/api/models?" + param + "=" + value));
            }
        }
        for (HostileValues.Value v : values) {
            Object raw = v.variable() == null ? "x" : v.variable().get("value");
            String code = URLEncoder.encode(
                            String.valueOf(raw)
                                    .substring(
                                            0, Math.min(500, String.valueOf(raw).length())),
                            StandardCharsets.UTF_8)
                    .replace("+", "%20");
            send("/api/models/{code}", v.label(), () -> rest.get("province1", "/api/models/" + code));
            send(
                    "/api/reports/replication",
                    v.label(),
                    () -> rest.get("province1", "/api/reports/replication?unit=" + code));
            send(
                    "/api/me/reminders",
                    v.label(),
                    () -> rest.put(
                            "commune2",
                            "/api/me/reminders",
                            v.variable() == null
                                    ? Map.of()
                                    : Map.of(
                                            "mode",
                                            v.variable().get("value") == null
                                                    ? ""
                                                    : v.variable().get("value"))));
        }
        rest.put("commune2", "/api/me/reminders", Map.of("mode", "EACH"));

        // 7. the serialization formats spelt with JSON escapes, which only a parser sees through
        List<String> spellings = List.of(
                "application\\/x-java-serialized-object",
                "application\\u002Fx-java-serialized-object",
                "APPLICATION/X-JAVA-SERIALIZED-OBJECT",
                "application\\/json",
                "application\\u002fjson",
                "application/json ");
        Map<String, String> starts = Map.of(
                "model-proposal",
                "modelName",
                "model-retirement-request",
                "reason",
                "model-replication",
                "targetUnits");
        for (String format : spellings) {
            for (Map.Entry<String, String> start : starts.entrySet()) {
                for (String type : List.of("java.net.URL", "java.util.ArrayList", "java.lang.String")) {
                    String raw = "{\"variables\":{\"" + start.getValue()
                            + "\":{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\","
                            + "\"valueInfo\":{\"objectTypeName\":\"" + type + "\",\"serializationDataFormat\":\""
                            + format + "\"}}}}";
                    send(
                            "escaped format names",
                            start.getKey() + " " + format + " " + type,
                            () -> rest.postRaw(
                                    "commune1",
                                    "/engine-rest/process-definition/key/" + start.getKey() + "/submit-form",
                                    "application/json",
                                    raw));
                    send(
                            "escaped format names",
                            start.getKey() + " /start " + format + " " + type,
                            () -> rest.postRaw(
                                    "commune1",
                                    "/engine-rest/process-definition/key/" + start.getKey() + "/start",
                                    "application/json",
                                    raw));
                }
            }
            String task = taskId("district1", reviewed, "ReviewByDistrict");
            if (task != null) {
                String raw =
                        "{\"variables\":{\"decision\":{\"value\":\"\\\"approve\\\"\",\"type\":\"Object\",\"valueInfo\":"
                                + "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"" + format
                                + "\"}}}}";
                send(
                        "escaped format names",
                        "review task " + format,
                        () -> rest.postRaw(
                                "district1", "/engine-rest/task/" + task + "/submit-form", "application/json", raw));
            }
        }

        int sent = counts.values().stream().mapToInt(c -> c[0]).sum();
        StringBuilder report =
                new StringBuilder("\n| target | sent | refused | accepted | 5xx |\n|---|---|---|---|---|\n");
        counts.forEach((t, c) -> report.append("| ")
                .append(t)
                .append(" | ")
                .append(c[0])
                .append(" | ")
                .append(c[1])
                .append(" | ")
                .append(c[2])
                .append(" | ")
                .append(c[3])
                .append(" |\n"));
        int[] total = new int[4];
        counts.values().forEach(c -> {
            for (int i = 0; i < 4; i++) total[i] += c[i];
        });
        report.append("| **all** | ")
                .append(total[0])
                .append(" | ")
                .append(total[1])
                .append(" | ")
                .append(total[2])
                .append(" | ")
                .append(total[3])
                .append(" |\n");
        System.out.println(report);

        assertThat(sent).isGreaterThanOrEqualTo(1000);
        assertThat(failures).as(report.toString()).isEmpty();
        // the watch saw what the accepted payloads stored: a proposal, its instance, task and variables
        assertThat(storedSince(0)).containsKeys("security_model", "act_hi_procinst", "act_ru_task", "act_ru_variable");
        assertNothingUncleanIsStored();
    }

    static final String UNCLEAN =
            "(?is).*(<script|<iframe|<style|<svg|onerror\\s*=|onload\\s*=|onclick\\s*=|onmouseover\\s*=|javascript:|data:text/html).*";

    void assertNothingUncleanIsStored() {
        List<String> stored = new ArrayList<>();
        stored.addAll(jdbc.queryForList(
                "select concat(name, ' ', goals, ' ', activities, ' ', coalesce(funding, ''), ' ', "
                        + "leader_name, ' ', decision_no) from security_model",
                String.class));
        stored.addAll(jdbc.queryForList("select coalesce(reason, '') from model_decision", String.class));
        stored.addAll(jdbc.queryForList("select coalesce(narrative, '') from model_evaluation", String.class));
        stored.addAll(jdbc.queryForList("select coalesce(text_, '') from act_ru_variable", String.class));
        stored.addAll(jdbc.queryForList("select coalesce(text_, '') from act_hi_varinst", String.class));
        stored.addAll(jdbc.queryForList("select coalesce(text_, '') from act_hi_detail", String.class));
        assertThat(stored).noneMatch(s -> s.matches(UNCLEAN));
        assertThat(jdbc.queryForList("select name from security_model", String.class))
                .allMatch(n -> Normalizer.isNormalized(n, Normalizer.Form.NFC))
                .noneMatch(n -> n.chars().anyMatch(ch -> ch < 0x20 || ch == 0x202E || ch == 0x200B));
    }
}

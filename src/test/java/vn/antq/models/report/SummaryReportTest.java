package vn.antq.models.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.common.Clocks;
import vn.antq.models.evaluation.Indicators;
import vn.antq.models.model.Classification;
import vn.antq.models.model.HostType;
import vn.antq.models.model.ModelField;
import vn.antq.models.support.Jobs;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.Rest;

/**
 * The movement's summary on a registry seeded the way a province comes in: one generated workbook
 * (a province with districts, and a second, two-tier province) imported over {@code /api/imports},
 * evaluations of several periods and retirements of both kinds added to it. Every figure is checked
 * against a direct SQL count written independently of the report's own queries; children add up to
 * their parent; the other province never leaks in; the Excel and CSV files hold the same numbers,
 * as numbers; and the register's filters behind each number list exactly the entries counted.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryReportTest {

    static final String[] DISTRICTS = {"NB01", "NB02", "NB03"};
    static final int MODELS = 90;
    static final int POINTS = 150;
    static final Instant END_2026 =
            LocalDate.of(2027, 1, 1).atStartOfDay(Clocks.VIETNAM).toInstant();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngine engine;

    Rest rest;
    final List<String> tasks = new ArrayList<>();

    @BeforeAll
    void seed() throws Exception {
        rest = new Rest(port);
        byte[] file = workbook();
        String id = upload(file).get("id").asText();
        JsonNode running = rest.get("admin", "/api/imports/" + id).json();
        Jobs.drain(
                engine.getManagementService(), running.get("processInstanceId").asText());
        JsonNode done = rest.get("admin", "/api/imports/" + id).json();
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("errors")).as(done.toString()).isEmpty();

        // evaluations of three periods, with indicators, in both provinces
        List<String> codes = jdbc.queryForList(
                "select code from security_model where province_code in ('NB', 'TB') "
                        + "and status = 'ACTIVE' order by code",
                String.class);
        Classification[] classes = Classification.values();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (i % 3 == 0) {
                LocalDate to = LocalDate.of(2026, 1 + i % 11, 1 + i % 27);
                evaluation(code, 50, "CLASSIFIED", classes[i % 4].name(), to, i);
            }
            if (i % 7 == 0) {
                evaluation(code, 51, "MISSED", null, LocalDate.of(2026, 5, 20), i);
            }
            if (i % 5 == 0) {
                evaluation(code, 52, "REPORTED", null, LocalDate.of(2026, 8, 1 + i % 30), i);
            }
            if (i % 4 == 1) {
                evaluation(code, 53, "CLASSIFIED", classes[(i + 1) % 4].name(), LocalDate.of(2025, 11, 1 + i % 30), i);
            }
        }
        // retirements: by the rule and on request in 2026, one by the rule in 2025
        for (int i = 0; i < codes.size(); i++) {
            String kind = i % 13 == 2 ? "RULE" : i % 17 == 3 ? "REQUEST" : i == 4 ? "RULE" : null;
            if (kind != null) {
                Instant at = (i == 4 ? LocalDate.of(2025, 6, 1) : LocalDate.of(2026, 3 + i % 9, 10))
                        .atTime(9, 0)
                        .atZone(Clocks.VIETNAM)
                        .toInstant();
                jdbc.update(
                        "update security_model set status = 'RETIRED', retired_kind = ?, retired_reason = 'Không hiệu quả', retired_at = ? "
                                + "where code = ?",
                        kind,
                        Timestamp.from(at),
                        codes.get(i));
            }
        }
        // overdue work: in a commune of the second district, and in the other province
        tasks.add(overdueTask("NB0201"));
        tasks.add(overdueTask("NB0201"));
        tasks.add(overdueTask("NB02"));
        tasks.add(overdueTask("TB0001"));
        assertThat(overdue("NB")).as("the seeded overdue tasks").isEqualTo(3);
    }

    @AfterAll
    void removeTasks() {
        tasks.forEach(t -> engine.getTaskService().deleteTask(t, true));
    }

    String overdueTask(String group) {
        Task task = engine.getTaskService().newTask();
        task.setName("Việc quá hạn của " + group);
        task.setDueDate(java.util.Date.from(Clocks.now().minusSeconds(86_400)));
        engine.getTaskService().saveTask(task);
        engine.getTaskService().addCandidateGroup(task.getId(), group);
        return task.getId();
    }

    void evaluation(String code, int cycle, String outcome, String classification, LocalDate periodTo, int i) {
        boolean reported = !outcome.equals("MISSED");
        jdbc.update(
                "insert into model_evaluation (model_code, cycle_no, due_on, report_deadline, period_from, period_to, outcome, "
                        + "final_classification, outreach_sessions, attendees, tips, valuable_tips, cases_resolved, suspects_handled, "
                        + "cameras_installed, weapons_handed_in, households_committed, process_instance_id) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'seed')",
                code,
                cycle,
                periodTo.plusDays(1),
                periodTo.plusDays(31),
                periodTo.minusYears(1).plusDays(1),
                periodTo,
                outcome,
                classification,
                reported ? 3 + i % 5 : null,
                reported ? 100 + i : null,
                reported ? i % 4 : null,
                reported ? i % 3 : null,
                reported ? i % 2 : null,
                reported ? 1 : null,
                reported ? i % 6 : null,
                reported ? 0 : null,
                reported ? 50 + i : null);
    }

    // ---- the direct SQL the figures are checked against: subtree by parent links, no joins of the report's ----

    /** Communes (and the unit itself) under {@code unit}, as an IN list condition on {@code column}. */
    static String under(String column, String unit) {
        return column + " in (select code from admin_unit where code = '" + unit + "' or parent_code = '" + unit + "' "
                + "or parent_code in (select code from admin_unit where parent_code = '" + unit + "'))";
    }

    long sql(String query, Object... args) {
        return jdbc.queryForObject(query, Long.class, args);
    }

    static final String RUNNING =
            " status in ('ACTIVE', 'RETIRED') and activated_at < ? and (retired_at is null or retired_at >= ?) "
                    + "and (retired_kind is null or retired_kind <> 'REGISTRY')";

    long runningPlaces(String unit, String extra) {
        return sql(
                "select count(*) from security_model where " + under("unit_code", unit) + " and" + RUNNING + extra,
                Timestamp.from(END_2026),
                Timestamp.from(END_2026));
    }

    long runningModels(String unit, String extra) {
        return sql(
                "select count(distinct coalesce(origin_code, code)) from security_model where "
                        + under("unit_code", unit) + " and" + RUNNING + extra,
                Timestamp.from(END_2026),
                Timestamp.from(END_2026));
    }

    long evaluations(String unit, String condition, LocalDate from, LocalDate to) {
        return sql(
                "select count(*) from model_evaluation where period_to between ? and ? and " + condition
                        + " and model_code in " + "(select code from security_model where " + under("unit_code", unit)
                        + ")",
                from,
                to);
    }

    long indicator(String unit, String column, LocalDate from, LocalDate to) {
        return sql(
                "select coalesce(sum(" + column + "), 0) from model_evaluation where period_to between ? and ? "
                        + "and outcome in ('REPORTED', 'ASSESSED', 'CLASSIFIED') and model_code in "
                        + "(select code from security_model where " + under("unit_code", unit) + ")",
                from,
                to);
    }

    long retired(String unit, String kind, LocalDate from, LocalDate to) {
        return sql(
                "select count(*) from security_model where status = 'RETIRED' and retired_kind = ? and retired_at >= ? and retired_at < ? and "
                        + under("unit_code", unit),
                kind,
                Timestamp.from(from.atStartOfDay(Clocks.VIETNAM).toInstant()),
                Timestamp.from(to.plusDays(1).atStartOfDay(Clocks.VIETNAM).toInstant()));
    }

    long overdue(String unit) {
        return sql(
                "select count(distinct t.id_) from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' "
                        + "where t.due_date_ < ? and " + under("l.group_id_", unit),
                new Timestamp(System.currentTimeMillis()));
    }

    /** Every figure of one unit's summary for {@code from}..{@code to} (period figures) at the end of 2026 (running ones). */
    void matchesSql(JsonNode s, String unit, LocalDate from, LocalDate to) {
        String what = unit + " " + from + ".." + to;
        assertThat(s.get("unitCode").asText()).isEqualTo(unit);
        assertThat(s.get("models").asLong()).as(what + " models").isEqualTo(runningModels(unit, ""));
        assertThat(s.get("points").asLong()).as(what + " points").isEqualTo(runningPlaces(unit, ""));
        for (ModelField f : ModelField.values()) {
            JsonNode c = s.get("byField").get(f.name());
            assertThat(c.get("models").asLong())
                    .as(what + " " + f)
                    .isEqualTo(runningModels(unit, " and field = '" + f + "'"));
            assertThat(c.get("points").asLong())
                    .as(what + " " + f)
                    .isEqualTo(runningPlaces(unit, " and field = '" + f + "'"));
        }
        for (HostType h : HostType.values()) {
            JsonNode c = s.get("byHostType").get(h.name());
            assertThat(c.get("models").asLong())
                    .as(what + " " + h)
                    .isEqualTo(runningModels(unit, " and host_type = '" + h + "'"));
            assertThat(c.get("points").asLong())
                    .as(what + " " + h)
                    .isEqualTo(runningPlaces(unit, " and host_type = '" + h + "'"));
        }
        for (Classification c : Classification.values()) {
            assertThat(s.get("classification").get(c.name()).asLong())
                    .as(what + " " + c)
                    .isEqualTo(evaluations(
                            unit, "outcome = 'CLASSIFIED' and final_classification = '" + c + "'", from, to));
        }
        assertThat(s.get("classification").get("MISSED").asLong())
                .as(what + " missed")
                .isEqualTo(evaluations(unit, "outcome = 'MISSED'", from, to));
        for (String key : Indicators.KEYS) {
            assertThat(s.get("indicators").get(key).asLong())
                    .as(what + " " + key)
                    .isEqualTo(indicator(unit, key.replaceAll("([A-Z])", "_$1").toLowerCase(), from, to));
        }
        long rule = retired(unit, "RULE", from, to);
        long request = retired(unit, "REQUEST", from, to);
        assertThat(s.get("retired").get("byReason").get("RULE").asLong())
                .as(what + " retired by the rule")
                .isEqualTo(rule);
        assertThat(s.get("retired").get("byReason").get("REQUEST").asLong())
                .as(what + " retired on request")
                .isEqualTo(request);
        assertThat(s.get("retired").get("count").asLong()).isEqualTo(rule + request);
        assertThat(s.get("overdueTasks").asLong()).as(what + " overdue").isEqualTo(overdue(unit));
    }

    JsonNode summary(String login, String query) {
        Rest.Response r = rest.get(login, "/api/reports/summary?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void everyFigureOfTheYearEqualsItsSqlCountAtEveryLevel() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        JsonNode province = summary("admin", "unit=NB&year=2026");
        assertThat(province.get("unitName").asText()).isEqualTo("Tỉnh Ninh Bình");
        assertThat(province.get("from").asText()).isEqualTo("2026-01-01");
        assertThat(province.get("to").asText()).isEqualTo("2026-12-31");
        matchesSql(province, "NB", from, to);
        System.out.printf(
                "summary of NB for 2026 next to the SQL that checks it:%n"
                        + "| figure | summary | SQL |%n|---|---:|---:|%n"
                        + "| models | %d | %d |%n| points | %d | %d |%n| EXCELLENT | %d | %d |%n| MISSED | %d | %d |%n"
                        + "| attendees | %d | %d |%n| retired by the rule | %d | %d |%n| overdue tasks | %d | %d |%n",
                province.get("models").asLong(),
                runningModels("NB", ""),
                province.get("points").asLong(),
                runningPlaces("NB", ""),
                province.get("classification").get("EXCELLENT").asLong(),
                evaluations("NB", "outcome = 'CLASSIFIED' and final_classification = 'EXCELLENT'", from, to),
                province.get("classification").get("MISSED").asLong(),
                evaluations("NB", "outcome = 'MISSED'", from, to),
                province.get("indicators").get("attendees").asLong(),
                indicator("NB", "attendees", from, to),
                province.get("retired").get("byReason").get("RULE").asLong(),
                retired("NB", "RULE", from, to),
                province.get("overdueTasks").asLong(),
                overdue("NB"));
        // the seeded registry is not trivial: every kind of figure is there
        assertThat(province.get("points").asLong())
                .isGreaterThan(province.get("models").asLong())
                .isGreaterThan(50);
        assertThat(province.get("classification").get("EXCELLENT").asLong()).isPositive();
        assertThat(province.get("classification").get("MISSED").asLong()).isPositive();
        assertThat(province.get("indicators").get("attendees").asLong()).isPositive();
        assertThat(province.get("retired").get("byReason").get("RULE").asLong()).isPositive();
        assertThat(province.get("retired").get("byReason").get("REQUEST").asLong())
                .isPositive();
        assertThat(province.get("overdueTasks").asLong()).isEqualTo(3);

        JsonNode children = province.get("children");
        assertThat(children).hasSize(3);
        for (JsonNode d : children) {
            assertThat(d.get("unitLevel").asText()).isEqualTo("DISTRICT");
            assertThat(d.has("children"))
                    .as("a child carries no children of its own")
                    .isFalse();
            matchesSql(d, d.get("unitCode").asText(), from, to);
        }
        assertThat(child(province, "NB02").get("overdueTasks").asLong()).isEqualTo(3);
        assertThat(children.get(0).get("unitName").asText())
                .as("children in Vietnamese alphabetical order")
                .isEqualTo("Huyện Gia Viễn");

        // the children add up to their parent (models are distinct per unit, so they add up to at least the parent's)
        assertThat(sum(children, "points")).isEqualTo(province.get("points").asLong());
        assertThat(sum(children, "models"))
                .isGreaterThanOrEqualTo(province.get("models").asLong());
        for (String c : List.of("EXCELLENT", "GOOD", "AVERAGE", "WEAK", "MISSED")) {
            assertThat(sumOf(children, d -> d.get("classification").get(c).asLong()))
                    .as(c)
                    .isEqualTo(province.get("classification").get(c).asLong());
        }
        for (String key : Indicators.KEYS) {
            assertThat(sumOf(children, d -> d.get("indicators").get(key).asLong()))
                    .as(key)
                    .isEqualTo(province.get("indicators").get(key).asLong());
        }
        for (ModelField f : ModelField.values()) {
            assertThat(sumOf(
                            children,
                            d -> d.get("byField").get(f.name()).get("points").asLong()))
                    .isEqualTo(
                            province.get("byField").get(f.name()).get("points").asLong());
        }
        assertThat(sumOf(children, d -> d.get("retired").get("count").asLong()))
                .isEqualTo(province.get("retired").get("count").asLong());

        // one level down: a district's communes, and a commune with no children at all
        JsonNode district = summary("admin", "unit=NB02&year=2026");
        assertThat(district.get("children")).hasSize(3);
        for (JsonNode c : district.get("children")) {
            assertThat(c.get("unitLevel").asText()).isEqualTo("COMMUNE");
            matchesSql(c, c.get("unitCode").asText(), from, to);
        }
        assertThat(sum(district.get("children"), "points"))
                .isEqualTo(district.get("points").asLong());
        assertThat(district.get("overdueTasks").asLong()).isEqualTo(3);
        assertThat(district.get("children").get(0).get("overdueTasks").asLong()
                        + district.get("children").get(1).get("overdueTasks").asLong()
                        + district.get("children").get(2).get("overdueTasks").asLong())
                .as("the district's own task is in no commune")
                .isEqualTo(2);
        JsonNode commune = summary("admin", "unit=NB0201&year=2026");
        assertThat(commune.get("children")).isEmpty();
        matchesSql(commune, "NB0201", from, to);
    }

    @Test
    void aHalfYearAndATenYearPeriodCountTheirOwnEvaluations() {
        JsonNode first = summary("admin", "unit=NB&year=2026&half=1");
        assertThat(first.get("from").asText()).isEqualTo("2026-01-01");
        assertThat(first.get("to").asText()).isEqualTo("2026-06-30");
        matchesSqlOfPeriod(first, "NB", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        JsonNode second = summary("admin", "unit=NB&year=2026&half=2");
        JsonNode year = summary("admin", "unit=NB&year=2026");
        for (String c : List.of("EXCELLENT", "GOOD", "AVERAGE", "WEAK", "MISSED")) {
            assertThat(first.get("classification").get(c).asLong()
                            + second.get("classification").get(c).asLong())
                    .as(c)
                    .isEqualTo(year.get("classification").get(c).asLong());
        }
        assertThat(first.get("indicators").get("attendees").asLong()
                        + second.get("indicators").get("attendees").asLong())
                .isEqualTo(year.get("indicators").get("attendees").asLong());
        // 2014-2024: no seeded evaluation ends then, but the registry's own past classes do
        JsonNode decade = summary("admin", "unit=NB&from=2014-01-01&to=2024-12-31");
        matchesSqlOfPeriod(decade, "NB", LocalDate.of(2014, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(decade.get("classification").get("EXCELLENT").asLong()
                        + decade.get("classification").get("AVERAGE").asLong())
                .as("imported classes count at lastEvaluatedOn")
                .isPositive();
    }

    /** The period figures only (running figures are at the period's end, checked for 2026 above). */
    void matchesSqlOfPeriod(JsonNode s, String unit, LocalDate from, LocalDate to) {
        for (Classification c : Classification.values()) {
            assertThat(s.get("classification").get(c.name()).asLong())
                    .as(unit + " " + c)
                    .isEqualTo(evaluations(
                            unit, "outcome = 'CLASSIFIED' and final_classification = '" + c + "'", from, to));
        }
        assertThat(s.get("classification").get("MISSED").asLong())
                .isEqualTo(evaluations(unit, "outcome = 'MISSED'", from, to));
        for (String key : Indicators.KEYS) {
            assertThat(s.get("indicators").get(key).asLong())
                    .as(key)
                    .isEqualTo(indicator(unit, key.replaceAll("([A-Z])", "_$1").toLowerCase(), from, to));
        }
        assertThat(s.get("retired").get("count").asLong())
                .isEqualTo(retired(unit, "RULE", from, to) + retired(unit, "REQUEST", from, to));
    }

    @Test
    void theOtherProvinceNeverLeaksInAndNobodySeesBeyondTheirScope() {
        JsonNode nb = summary("admin", "unit=NB&year=2026");
        JsonNode tb = summary("admin", "unit=TB&year=2026");
        matchesSql(tb, "TB", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(tb.get("points").asLong()).isPositive();
        assertThat(tb.get("overdueTasks").asLong()).isEqualTo(1);
        assertThat(tb.get("children"))
                .allSatisfy(c -> assertThat(c.get("unitLevel").asText()).isEqualTo("COMMUNE"));
        long nbOnly = sql(
                "select count(*) from security_model where province_code = 'NB' and" + RUNNING,
                Timestamp.from(END_2026),
                Timestamp.from(END_2026));
        assertThat(nb.get("points").asLong()).isEqualTo(nbOnly);

        // the whole country is every province, one child each
        JsonNode country = summary("admin", "year=2026");
        assertThat(country.get("unitLevel").asText()).isEqualTo("COUNTRY");
        assertThat(country.get("unitName").asText()).isEqualTo("Toàn quốc");
        JsonNode nbRow = child(country, "NB");
        assertThat(nbRow.get("points").asLong()).isEqualTo(nb.get("points").asLong());
        assertThat(nbRow.get("classification")).isEqualTo(nb.get("classification"));
        assertThat(sum(country.get("children"), "points"))
                .isEqualTo(country.get("points").asLong());
        assertThat(country.get("points").asLong())
                .isEqualTo(sql(
                        "select count(*) from security_model where" + RUNNING,
                        Timestamp.from(END_2026),
                        Timestamp.from(END_2026)));

        // the scope rules of /api/models, for the report and for its files
        for (String path : List.of(
                "/api/reports/summary?unit=NB",
                "/api/reports/summary.xlsx?unit=NB",
                "/api/reports/summary.csv?unit=NB",
                "/api/models?unit=NB",
                "/api/models.xlsx?unit=NB",
                "/api/models.csv?unit=NB")) {
            Rest.Response r = rest.get("province1", path);
            assertThat(r.status()).as(path).isEqualTo(403);
            assertThat(r.body()).as(path).contains("ngoài phạm vi");
        }
        assertThat(rest.get("supervisor", "/api/reports/summary?unit=QB").status())
                .isEqualTo(200);
        assertThat(rest.get("commune1", "/api/reports/summary?unit=QB").status())
                .isEqualTo(403);
        assertThat(rest.get("commune1", "/api/reports/summary")
                        .json()
                        .get("unitCode")
                        .asText())
                .isEqualTo("QB0101");
        assertThat(rest.get(null, "/api/reports/summary?unit=NB").status()).isEqualTo(401);
        JsonNode own = summary("province1", "year=2026");
        assertThat(own.get("unitCode").asText()).isEqualTo("QB");
        assertThat(own.get("points").asLong())
                .isEqualTo(sql(
                        "select count(*) from security_model where province_code = 'QB' and" + RUNNING,
                        Timestamp.from(END_2026),
                        Timestamp.from(END_2026)));
    }

    @Test
    void badPeriodsAreRefusedNamingTheParameter() {
        Map<String, String> refused = Map.of(
                "year=hai-nghin", "year",
                "year=1800", "year",
                "year=2026&half=3", "half",
                "half=1", "half",
                "from=2026-01-01", "to",
                "from=2026-13-01&to=2026-12-31", "from",
                "from=2026-12-31&to=2026-01-01", "from",
                "year=2026&from=2026-01-01&to=2026-02-01", "year",
                "unit=KHONGCO", "unit");
        refused.forEach((query, field) -> {
            Rest.Response r = rest.get("admin", "/api/reports/summary?" + query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.json().get("field").asText()).as(query).isEqualTo(field);
            assertThat(r.json().get("message").asText()).as(query).startsWith("Tham số " + field + ":");
        });
        Rest.Response badFilter = rest.get("admin", "/api/models?evaluated=TOT&year=2026");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.json().get("field").asText()).isEqualTo("evaluated");
        assertThat(rest.get("admin", "/api/models?runningOn=31/12/2026")
                        .json()
                        .get("field")
                        .asText())
                .isEqualTo("runningOn");
        assertThat(rest.get("admin", "/api/models?kind=DIEM")
                        .json()
                        .get("field")
                        .asText())
                .isEqualTo("kind");
    }

    @Test
    void everyNumberLinksToTheEntriesBehindIt() {
        JsonNode province = summary("admin", "unit=NB&year=2026");
        for (JsonNode d : province.get("children")) {
            String unit = d.get("unitCode").asText();
            assertThat(total("unit=" + unit + "&runningOn=2026-12-31"))
                    .as(unit)
                    .isEqualTo(d.get("points").asLong());
            for (HostType h : HostType.values()) {
                assertThat(total("unit=" + unit + "&runningOn=2026-12-31&hostType=" + h))
                        .as(unit + " " + h)
                        .isEqualTo(
                                d.get("byHostType").get(h.name()).get("points").asLong());
            }
            assertThat(total("unit=" + unit + "&retired=true&year=2026"))
                    .isEqualTo(d.get("retired").get("count").asLong());
            assertThat(total("unit=" + unit + "&runningOn=2026-12-31&asModels=true"))
                    .as(unit + " models")
                    .isEqualTo(d.get("models").asLong());
            for (ModelField f : ModelField.values()) {
                assertThat(total("unit=" + unit + "&runningOn=2026-12-31&asModels=true&field=" + f))
                        .as(unit + " " + f)
                        .isEqualTo(d.get("byField").get(f.name()).get("models").asLong());
            }
        }
        assertThat(total("unit=NB&runningOn=2026-12-31&asModels=true"))
                .isEqualTo(province.get("models").asLong());
        assertThat(total("unit=NB&runningOn=2026-12-31&kind=MODEL") + total("unit=NB&runningOn=2026-12-31&kind=POINT"))
                .isEqualTo(province.get("points").asLong());
        for (String c : List.of("EXCELLENT", "GOOD", "AVERAGE", "WEAK", "MISSED")) {
            long models = sql(
                    "select count(distinct model_code) from model_evaluation where period_to between '2026-01-01' and '2026-12-31' and "
                            + (c.equals("MISSED")
                                    ? "outcome = 'MISSED'"
                                    : "outcome = 'CLASSIFIED' and final_classification = '" + c + "'")
                            + " and model_code in (select code from security_model where province_code = 'NB')");
            assertThat(total("unit=NB&evaluated=" + c + "&year=2026"))
                    .as(c)
                    .isEqualTo(models)
                    .isPositive();
        }
        long reported = sql(
                "select count(distinct model_code) from model_evaluation where period_to between '2026-01-01' and '2026-12-31' "
                        + "and outcome in ('REPORTED', 'ASSESSED', 'CLASSIFIED') and model_code in (select code from security_model where province_code = 'NB')");
        assertThat(total("unit=NB&evaluated=REPORTED&year=2026")).isEqualTo(reported);
        // the seeded overdue tasks belong to no model; the register lists only models whose own processes are late
        assertThat(total("unit=NB&overdue=true")).isZero();
    }

    @Test
    void anImportedModelsPageShowsItsPastClassWithoutIndicators() {
        String code = jdbc.queryForObject(
                "select e.model_code from model_evaluation e join security_model m on m.code = e.model_code "
                        + "where m.province_code = 'NB' and e.process_instance_id is null order by e.model_code limit 1",
                String.class);
        Rest.Response r = rest.get("admin", "/api/models/" + code);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode past = r.json().get("evaluations").get(0);
        assertThat(past.get("indicators").isNull()).isTrue();
        assertThat(past.get("classification").asText()).isNotBlank();
        assertThat(past.get("periodTo").asText()).isEqualTo(past.get("period").asText());
        assertThat(r.json().get("proposedByName").asText()).isEqualTo("Nhập từ sổ mô hình của tỉnh (Quản trị viên)");
    }

    long total(String query) {
        Rest.Response r = rest.get("admin", "/api/models?size=1&" + query);
        assertThat(r.status()).as(query + " " + r.body()).isEqualTo(200);
        return r.json().get("totalElements").asLong();
    }

    @Test
    void theExcelFileHoldsTheSameNumbersAsNumbersAndTheCsvToo() throws Exception {
        JsonNode province = summary("admin", "unit=NB&year=2026");
        HttpResponse<byte[]> file = download("/api/reports/summary.xlsx?unit=NB&year=2026");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("bao-cao-NB-2026-01-01-2026-12-31.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet units = book.getSheet("Theo đơn vị");
            assertThat(text(units, 0, 0)).startsWith("BÁO CÁO KẾT QUẢ XÂY DỰNG, NHÂN RỘNG MÔ HÌNH");
            assertThat(text(units, 1, 0)).isEqualTo("Đơn vị: Tỉnh Ninh Bình");
            assertThat(text(units, 2, 0)).isEqualTo("Kỳ báo cáo: từ ngày 01/01/2026 đến ngày 31/12/2026");
            assertThat(text(units, 3, 0)).endsWith("người lập: Quản trị viên");
            Row header = units.getRow(5);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Số mô hình");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Xếp loại Xuất sắc");
            for (int i = 0; i < 3; i++) {
                JsonNode d = province.get("children").get(i);
                Row row = units.getRow(6 + i);
                assertThat(row.getCell(1).getStringCellValue())
                        .isEqualTo(d.get("unitName").asText());
                assertNumbers(row, d);
            }
            Row total = units.getRow(9);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng (Tỉnh Ninh Bình)");
            assertNumbers(total, province);

            Sheet fields = book.getSheet("Theo lĩnh vực");
            for (int i = 0; i < ModelField.values().length; i++) {
                Row row = fields.getRow(6 + i);
                JsonNode c = province.get("byField").get(ModelField.values()[i].name());
                assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat((long) row.getCell(2).getNumericCellValue())
                        .isEqualTo(c.get("models").asLong());
                assertThat((long) row.getCell(3).getNumericCellValue())
                        .isEqualTo(c.get("points").asLong());
            }
            assertThat(fields.getRow(6).getCell(1).getStringCellValue()).isEqualTo("An ninh, trật tự khu dân cư");
            assertThat(book.getSheet("Theo nơi xây dựng")
                            .getRow(6 + HostType.values().length)
                            .getCell(3)
                            .getNumericCellValue())
                    .isEqualTo(province.get("points").asDouble());
        }

        HttpResponse<byte[]> csv = download("/api/reports/summary.csv?unit=NB&year=2026");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records =
                CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(5);
        assertThat(records.get(0).get(1)).isEqualTo("Đơn vị");
        assertThat(records.get(4).get(1)).isEqualTo("Tổng cộng (Tỉnh Ninh Bình)");
        assertThat(Long.parseLong(records.get(4).get(3)))
                .isEqualTo(province.get("points").asLong());
        assertThat(Long.parseLong(records.get(2).get(2)))
                .isEqualTo(province.get("children").get(1).get("models").asLong());
    }

    @Test
    void theRegistersFilesListEveryMatchingEntry() throws Exception {
        long expected = total("unit=NB01&runningOn=2026-12-31");
        HttpResponse<byte[]> file = download("/api/models.xlsx?unit=NB01&runningOn=2026-12-31");
        assertThat(file.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = book.getSheet("Sổ mô hình");
            assertThat(text(sheet, 1, 0)).isEqualTo("Đơn vị: Huyện Hoa Lư");
            assertThat(text(sheet, 2, 0))
                    .isEqualTo("Điều kiện lọc: Đơn vị Huyện Hoa Lư; đang hoạt động ngày 31/12/2026");
            int rows = 0;
            for (int r = 6;
                    sheet.getRow(r) != null && sheet.getRow(r).getCell(0).getCellType() == CellType.NUMERIC;
                    r++) {
                rows++;
                assertThat(sheet.getRow(r).getCell(0).getNumericCellValue()).isEqualTo(rows);
                assertThat(sheet.getRow(r).getCell(10).getCellType())
                        .as("members as a number")
                        .isEqualTo(CellType.NUMERIC);
            }
            assertThat(rows).isEqualTo(expected).isPositive();
            assertThat(sheet.getRow(6 + rows).getCell(1).getStringCellValue())
                    .isEqualTo("Tổng số: " + expected + " mô hình, điểm");
        }
        HttpResponse<byte[]> csv = download("/api/models.csv?unit=NB01&runningOn=2026-12-31");
        List<CSVRecord> records = CSVFormat.DEFAULT
                .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertThat(records).hasSize((int) expected + 1);
        assertThat(records.get(0).get(2)).isEqualTo("Tên mô hình");
    }

    void assertNumbers(Row row, JsonNode s) {
        List<Long> expected = new ArrayList<>(
                List.of(s.get("models").asLong(), s.get("points").asLong()));
        for (String c : List.of("EXCELLENT", "GOOD", "AVERAGE", "WEAK", "MISSED")) {
            expected.add(s.get("classification").get(c).asLong());
        }
        Indicators.KEYS.forEach(k -> expected.add(s.get("indicators").get(k).asLong()));
        expected.add(s.get("retired").get("byReason").get("RULE").asLong());
        expected.add(s.get("retired").get("byReason").get("REQUEST").asLong());
        expected.add(s.get("overdueTasks").asLong());
        for (int i = 0; i < expected.size(); i++) {
            Cell cell = row.getCell(2 + i);
            assertThat(cell.getCellType()).as("column " + (2 + i)).isEqualTo(CellType.NUMERIC);
            assertThat((long) cell.getNumericCellValue())
                    .as("column " + (2 + i))
                    .isEqualTo(expected.get(i));
        }
    }

    static String text(Sheet sheet, int row, int cell) {
        return sheet.getRow(row).getCell(cell).getStringCellValue();
    }

    static long sum(JsonNode children, String field) {
        return sumOf(children, c -> c.get(field).asLong());
    }

    static long sumOf(JsonNode children, java.util.function.ToLongFunction<JsonNode> value) {
        long sum = 0;
        for (JsonNode c : children) {
            sum += value.applyAsLong(c);
        }
        return sum;
    }

    static JsonNode child(JsonNode s, String code) {
        for (JsonNode c : s.get("children")) {
            if (c.get("unitCode").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no child " + code);
    }

    HttpResponse<byte[]> download(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode upload(byte[] file) throws Exception {
        String boundary = "----antq-summary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\nfalse\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"so-mo-hinh.xlsx\"\r\n"
                                + "Content-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
    }

    /**
     * Ninh Bình with three districts of three communes, and Thái Bình (two-tier) with three communes: models of
     * every field and host type founded 2015-2026, points replicating them elsewhere, the registry's own
     * retirements, and past classes of 2020-2026 (at lastEvaluatedOn).
     */
    static byte[] workbook() throws Exception {
        String[] districtNames = {"Huyện Hoa Lư", "Huyện Gia Viễn", "Huyện Kim Sơn"};
        String[] communeNames = {
            "Xã Trường Yên",
            "Xã Ninh Hải",
            "Xã Ninh Xuân",
            "Xã Gia Hòa",
            "Xã Gia Vân",
            "Xã Gia Thắng",
            "Xã Kim Đông",
            "Xã Lai Thành",
            "Xã Ân Hòa"
        };
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet units = wb.createSheet("units");
            int r = 0;
            row(units, r++, "code", "name", "level", "parentCode", "twoTier");
            row(units, r++, "NB", "Tỉnh Ninh Bình", "PROVINCE", "", "false");
            row(units, r++, "TB", "Tỉnh Thái Bình", "PROVINCE", "", "true");
            List<String> communes = new ArrayList<>();
            for (int d = 0; d < 3; d++) {
                row(units, r++, DISTRICTS[d], districtNames[d], "DISTRICT", "NB", "");
                for (int c = 1; c <= 3; c++) {
                    String code = DISTRICTS[d] + "0" + c;
                    communes.add(code);
                    row(units, r++, code, communeNames[d * 3 + c - 1], "COMMUNE", DISTRICTS[d], "");
                }
            }
            for (int c = 1; c <= 3; c++) {
                row(units, r++, "TB000" + c, "Xã Thái " + c, "COMMUNE", "TB", "");
            }
            Sheet models = wb.createSheet("models");
            row(
                    models,
                    0,
                    "code",
                    "name",
                    "field",
                    "hostType",
                    "hostName",
                    "unitCode",
                    "foundedOn",
                    "decisionNo",
                    "leaderName",
                    "leaderPhone",
                    "members",
                    "originCode",
                    "status",
                    "lastClassification",
                    "lastEvaluatedOn");
            ModelField[] fields = ModelField.values();
            HostType[] hosts = HostType.values();
            Classification[] classes = Classification.values();
            Map<Integer, String> modelFields = new HashMap<>();
            int m = 1;
            for (int i = 1; i <= MODELS + 20; i++, m++) {
                boolean tb = i > MODELS;
                String code = (tb ? "TB" : "NB") + "-2016-" + String.format("%04d", i);
                String unit = tb ? "TB000" + (1 + i % 3) : communes.get(i % communes.size());
                LocalDate founded = i % 10 == 9
                        ? LocalDate.of(2026, 3, 1 + i % 20)
                        : LocalDate.of(2015, 1, 1).plusDays(i * 31L);
                boolean retired = !tb && i % 11 == 0;
                boolean evaluated = i % 2 == 0 && founded.getYear() < 2026;
                LocalDate evaluatedOn = LocalDate.of(2020 + i % 7, 1 + i % 10, 5);
                if (evaluatedOn.isBefore(founded)) {
                    evaluatedOn = founded.plusDays(30);
                }
                modelFields.put(i, fields[i % fields.length].name());
                row(
                        models,
                        m,
                        code,
                        "Mô hình " + (tb ? "Thái Bình " : "Ninh Bình ") + i,
                        fields[i % fields.length].name(),
                        hosts[i % hosts.length].name(),
                        "Nơi số " + i,
                        unit,
                        founded.toString(),
                        i + "/QĐ-UBND",
                        "Trưởng nhóm " + i,
                        "09" + String.format("%08d", i),
                        String.valueOf(10 + i % 30),
                        "",
                        retired ? "RETIRED" : "ACTIVE",
                        evaluated ? classes[i % 4].name() : "",
                        evaluated ? evaluatedOn.toString() : "");
            }
            for (int p = 1; p <= POINTS + 10; p++, m++) {
                boolean tb = p > POINTS;
                int origin = tb ? MODELS + 1 + p % 20 : 1 + (p * 7) % MODELS;
                if (!tb && origin % 11 == 0) {
                    origin++;
                }
                if (!tb && origin % 10 == 9) {
                    origin--;
                }
                String originCode = (tb ? "TB" : "NB") + "-2016-" + String.format("%04d", origin);
                String unit = tb ? "TB000" + (1 + (p + 1) % 3) : communes.get((p * 5 + 1) % communes.size());
                row(
                        models,
                        m,
                        "",
                        "Điểm nhân rộng " + p,
                        modelFields.get(origin),
                        hosts[(p + 2) % hosts.length].name(),
                        "Điểm số " + p,
                        unit,
                        LocalDate.of(2021, 1, 1).plusDays(p * 9L).toString(),
                        "D" + p + "/QĐ-UBND",
                        "Tổ trưởng " + p,
                        "08" + String.format("%08d", p),
                        String.valueOf(5 + p % 20),
                        originCode,
                        "ACTIVE",
                        "",
                        "");
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}

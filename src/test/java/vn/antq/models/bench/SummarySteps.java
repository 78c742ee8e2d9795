package vn.antq.models.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.common.Clocks;
import vn.antq.models.model.HostType;
import vn.antq.models.model.ModelField;

/**
 * The movement's summary at the size of the country after the 2025 reorganization: 34 provinces,
 * 3,321 communes, about 124,000 places running some 2,500 models, each place evaluated once in the
 * year with its indicators; one province (with a district tier) at 5,000 places. The registry is
 * written straight into the tables (its shape, not its history, is what the queries read). Each
 * summary is asked for over HTTP, as the page asks, one client at a time after a warm-up.
 */
final class SummarySteps {

    static final String PROVINCE = "SP01";
    static final int PROVINCES = 34;
    static final int COMMUNES = 3321;
    static final int PLACES = 124_000;
    static final int PROVINCE_PLACES = 5000;

    private final JdbcTemplate jdbc;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    SummarySteps(ConfigurableApplicationContext app) {
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    /** Writes the country's registry; returns the seconds it took. */
    double seed() {
        long start = System.nanoTime();
        List<Object[]> units = new ArrayList<>();
        List<List<String>> communesOf = new ArrayList<>();
        int communeNo = 0;
        for (int p = 1; p <= PROVINCES; p++) {
            String province = "SP%02d".formatted(p);
            units.add(new Object[] {province, "Tỉnh số " + p, "tinh so " + p, "PROVINCE", null, p != 1});
            // the first province keeps a district tier of five districts and 100 communes; the others share the rest
            int communes = p == 1
                    ? 100
                    : (COMMUNES - 100) / (PROVINCES - 1) + (p - 2 < (COMMUNES - 100) % (PROVINCES - 1) ? 1 : 0);
            List<String> codes = new ArrayList<>();
            for (int d = 1; p == 1 && d <= 5; d++) {
                units.add(
                        new Object[] {province + "D" + d, "Huyện số " + d, "huyen so " + d, "DISTRICT", province, false
                        });
            }
            for (int c = 0; c < communes; c++) {
                String code = "%sC%04d".formatted(province, c + 1);
                codes.add(code);
                units.add(new Object[] {
                    code,
                    "Xã số " + (++communeNo),
                    "xa so " + communeNo,
                    "COMMUNE",
                    p == 1 ? province + "D" + (c % 5 + 1) : province,
                    false
                });
            }
            communesOf.add(codes);
        }
        jdbc.batchUpdate(
                "insert into admin_unit (code, name, search_name, level, parent_code, two_tier) values (?, ?, ?, ?, ?, ?)",
                units);

        String model = """
        insert into security_model (code, name, search_name, field, host_type, decision_no, founded_on, leader_name,
          leader_phone, members, goals, activities, funding, unit_code, province_code, status, classification, origin_code,
          proposed_by, proposed_at, activated_at, retired_at, retired_kind, retired_reason, version)
        values (?, ?, ?, ?, ?, ?, ?, 'Nguyễn Văn An', '0912345678', 12, 'Giữ gìn an ninh trật tự.', 'Tuần tra, tuyên truyền.',
          null, ?, ?, ?, ?, ?, 'bench', ?, ?, ?, ?, ?, 0)""";
        String evaluation = """
        insert into model_evaluation (model_code, cycle_no, due_on, report_deadline, period_from, period_to, outcome,
          final_classification, outreach_sessions, attendees, tips, valuable_tips, cases_resolved, suspects_handled,
          cameras_installed, weapons_handed_in, households_committed, process_instance_id)
        values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')""";
        ModelField[] fields = ModelField.values();
        HostType[] hosts = HostType.values();
        String[] classes = {"EXCELLENT", "GOOD", "GOOD", "AVERAGE", "WEAK"};
        Timestamp activated = Timestamp.from(
                LocalDate.of(2022, 3, 1).atStartOfDay(Clocks.VIETNAM).toInstant());
        Date founded = Date.valueOf(LocalDate.of(2022, 1, 15));
        int rest = PLACES - PROVINCE_PLACES;
        int n = 0;
        for (int p = 1; p <= PROVINCES; p++) {
            String province = "SP%02d".formatted(p);
            List<String> communes = communesOf.get(p - 1);
            int places = p == 1 ? PROVINCE_PLACES : rest / (PROVINCES - 1) + (p - 2 < rest % (PROVINCES - 1) ? 1 : 0);
            int models = Math.max(1, places / 50); // about 2,500 models in all, each run at about 50 places
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> evaluations = new ArrayList<>();
            for (int i = 0; i < places; i++, n++) {
                String code = "%s-2022-%06d".formatted(province, i + 1);
                String origin = i < models ? null : "%s-2022-%06d".formatted(province, i % models + 1);
                int root = i % models;
                boolean retired = i >= models && n % 50 == 7;
                Instant retiredAt = retired
                        ? LocalDate.of(2026, 1 + n % 11, 10)
                                .atStartOfDay(Clocks.VIETNAM)
                                .toInstant()
                        : null;
                String cls = classes[n % classes.length];
                rows.add(new Object[] {
                    code,
                    "Mô hình số " + (i + 1),
                    "mo hinh so " + (i + 1),
                    fields[root % fields.length].name(),
                    hosts[(i / 3) % hosts.length].name(),
                    "QĐ " + (i + 1),
                    founded,
                    communes.get(i % communes.size()),
                    province,
                    retired ? "RETIRED" : "ACTIVE",
                    cls,
                    origin,
                    activated,
                    activated,
                    retiredAt == null ? null : Timestamp.from(retiredAt),
                    retired ? (n % 3 == 0 ? "REQUEST" : "RULE") : null,
                    retired ? "Không hiệu quả" : null
                });
                LocalDate to = LocalDate.of(2026, 1 + n % 11, 1 + n % 28);
                boolean missed = n % 40 == 3;
                evaluations.add(new Object[] {
                    code,
                    Date.valueOf(to.plusDays(1)),
                    Date.valueOf(to.plusDays(31)),
                    Date.valueOf(to.minusYears(1).plusDays(1)),
                    Date.valueOf(to),
                    missed ? "MISSED" : "CLASSIFIED",
                    missed ? null : cls,
                    missed ? null : 4 + n % 6,
                    missed ? null : 80 + n % 90,
                    missed ? null : n % 5,
                    missed ? null : n % 3,
                    missed ? null : n % 2,
                    missed ? null : n % 2,
                    missed ? null : n % 4,
                    missed ? null : 0,
                    missed ? null : 60 + n % 40
                });
                if (rows.size() == 2000) {
                    jdbc.batchUpdate(model, rows);
                    rows.clear();
                }
            }
            jdbc.batchUpdate(model, rows);
            for (int from = 0; from < evaluations.size(); from += 2000) {
                jdbc.batchUpdate(evaluation, evaluations.subList(from, Math.min(evaluations.size(), from + 2000)));
            }
        }
        jdbc.execute("analyze admin_unit");
        jdbc.execute("analyze security_model");
        jdbc.execute("analyze model_evaluation");
        return (System.nanoTime() - start) / 1e9;
    }

    long places(String province) {
        return jdbc.queryForObject(
                "select count(*) from security_model where province_code " + (province == null ? "like 'SP%'" : "= ?"),
                Long.class,
                province == null ? new Object[0] : new Object[] {province});
    }

    /** Milliseconds of each of {@code n} requests for {@code path}, after {@code n / 5} unmeasured ones. */
    double[] millis(String path, int n) throws Exception {
        for (int i = 0; i < Math.max(3, n / 5); i++) {
            get(path);
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            get(path);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    /** The size in bytes of the file at {@code path}. */
    long bytes(String path) throws Exception {
        return get(path);
    }

    private long get(String path) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = r.body()) {
            long size = body.transferTo(java.io.OutputStream.nullOutputStream());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            return size;
        }
    }
}

package vn.antq.models.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.support.Jobs;
import vn.antq.models.support.PostgresTest;
import vn.antq.models.support.RegistryWorkbooks;

/**
 * A province brought in from one generated workbook of 5,000 rows (a two-tier province, its communes,
 * officials, models and points) with bad rows of every kind mixed in, over {@code /api/imports}: the
 * dry run names exactly the bad rows and stores nothing, the import stores the rest with what each
 * unit needs and a lifecycle for each running model spread over the year, and a second run of the
 * same file creates nothing.
 */
@PostgresTest
class ImportOverRestTest {

    static final int COMMUNES = 60;
    static final int OFFICIALS = 120;
    static final int MODELS = 2400;
    static final int POINTS = 2400;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngine engine;

    final ObjectMapper json = new ObjectMapper();

    record Sent(int status, JsonNode body) {}

    Sent upload(String login, byte[] file, String name, Map<String, String> fields) throws Exception {
        String boundary = "----antq-import";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                                .header("Authorization", basic(login))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return new Sent(r.statusCode(), json.readTree(r.body()));
    }

    Sent get(String login, String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", basic(login))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        JsonNode body = path.endsWith(".xlsx") && r.statusCode() == 200
                ? json.getNodeFactory().binaryNode(r.body())
                : json.readTree(r.body());
        return new Sent(r.statusCode(), body);
    }

    static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    final RegistryWorkbooks haTinh = new RegistryWorkbooks("HT", "Tỉnh Hà Tĩnh", COMMUNES, OFFICIALS, MODELS, POINTS);

    Set<Integer> refusedRows(JsonNode report, String sheet) {
        Set<Integer> rows = new TreeSet<>();
        report.get("errors").forEach(e -> {
            if (e.get("sheet").asText().equals(sheet)) {
                rows.add(e.get("row").asInt());
            }
        });
        return rows;
    }

    /** Runs the import's process to its end (the tests' engine has no job executor) and reads its report. */
    JsonNode finished(String login, String id) throws Exception {
        JsonNode running = get(login, "/api/imports/" + id).body();
        assertThat(running.get("status").asText()).as(running.toString()).isEqualTo("RUNNING");
        String instance = running.get("processInstanceId").asText();
        assertThat(Jobs.drain(engine.getManagementService(), instance)).isPositive();
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .as("an import confirmed at upload ends with its last batch")
                .isZero();
        return get(login, "/api/imports/" + id).body();
    }

    @Test
    void aProvinceComesInFromOneWorkbookAndASecondRunCreatesNothing() throws Exception {
        Map<String, Set<Integer>> bad = new java.util.HashMap<>();
        byte[] file = haTinh.workbook(bad);
        long storedBefore = jdbc.queryForObject("select count(*) from security_model", Long.class);

        // the dry run: exactly the bad rows, nothing stored
        Sent dry = upload("admin", file, "so-mo-hinh-ha-tinh.xlsx", Map.of());
        assertThat(dry.status()).as(dry.body().toString()).isEqualTo(200);
        assertThat(dry.body().get("status").asText()).isEqualTo("CHECKED");
        for (String sheet : List.of("units", "officials", "models")) {
            assertThat(refusedRows(dry.body(), sheet)).as(sheet).isEqualTo(bad.get(sheet));
        }
        JsonNode counts = dry.body().get("counts");
        assertThat(counts.get("units").get("rows").asInt()).isEqualTo(COMMUNES + 1);
        assertThat(counts.get("units").get("created").asInt())
                .isEqualTo(COMMUNES + 1 - bad.get("units").size());
        assertThat(counts.get("officials").get("created").asInt())
                .isEqualTo(OFFICIALS - bad.get("officials").size());
        assertThat(counts.get("models").get("rows").asInt()).isEqualTo(MODELS + POINTS);
        assertThat(counts.get("models").get("refused").asInt())
                .isEqualTo(bad.get("models").size());
        assertThat(jdbc.queryForObject("select count(*) from security_model", Long.class))
                .isEqualTo(storedBefore);
        assertThat(jdbc.queryForObject("select count(*) from admin_unit where code like 'HT%'", Long.class))
                .isZero();

        // the import
        long started = System.nanoTime();
        Sent run = upload("admin", file, "so-mo-hinh-ha-tinh.xlsx", Map.of("dryRun", "false"));
        assertThat(run.status()).isEqualTo(200);
        JsonNode done = finished("admin", run.body().get("id").asText());
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("processed").asInt()).isEqualTo(done.get("total").asInt());
        int models = MODELS + POINTS - bad.get("models").size();
        System.out.printf(
                "imported %d rows (%d models and points) in %.1f s%n",
                done.get("total").asInt(), models, seconds);
        assertThat(jdbc.queryForObject("select count(*) from security_model where province_code = 'HT'", Long.class))
                .isEqualTo(models);
        assertThat(jdbc.queryForObject(
                        "select count(*) from security_model where province_code = 'HT' and origin_code is not null",
                        Long.class))
                .isPositive();
        // each unit has what a unit needs: its group and its Tasklist filter
        assertThat(jdbc.queryForObject("select count(*) from act_id_group where id_ like 'HT%'", Long.class))
                .isEqualTo(COMMUNES + 1 - bad.get("units").size());
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_ru_filter where name_ = 'Việc của Xã Thạch 1'", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_id_membership where user_id_ like 'htcanbo%'", Long.class))
                .isEqualTo(OFFICIALS - bad.get("officials").size());
        // every running model waits for its evaluation, spread over the year; the registry's last class is a past cycle
        List<Map<String, Object>> perDay = jdbc.queryForList(
                "select due_on, count(*) as n from model_evaluation e join security_model m "
                        + "on m.code = e.model_code where m.province_code = 'HT' and e.outcome = 'SCHEDULED' group by due_on order by n desc");
        long scheduled = perDay.stream()
                .mapToLong(d -> ((Number) d.get("n")).longValue())
                .sum();
        assertThat(scheduled).isEqualTo(models);
        assertThat(((Number) perDay.get(0).get("n")).doubleValue() / scheduled)
                .as("the busiest day's share")
                .isLessThan(0.03);
        assertThat(perDay)
                .allSatisfy(d -> assertThat(((java.sql.Date) d.get("due_on")).toLocalDate())
                        .isAfter(LocalDate.now()));
        assertThat(jdbc.queryForObject(
                        "select count(*) from model_evaluation e join security_model m on m.code = e.model_code "
                                + "where m.province_code = 'HT' and e.outcome = 'CLASSIFIED'",
                        Long.class))
                .isPositive();

        // the same file again: nothing created, nothing changed
        Sent again = upload("admin", file, "so-mo-hinh-ha-tinh.xlsx", Map.of("dryRun", "false"));
        JsonNode second = finished("admin", again.body().get("id").asText());
        for (String sheet : List.of("units", "officials", "models")) {
            assertThat(second.get("counts").get(sheet).get("created").asInt())
                    .as(sheet)
                    .isZero();
            assertThat(second.get("counts").get(sheet).get("updated").asInt())
                    .as(sheet)
                    .isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from security_model where province_code = 'HT'", Long.class))
                .isEqualTo(models);
    }

    @Test
    void theTemplateHasTheThreeSheetsWithVietnameseHeadersAndOnlyImportersMayUseIt() throws Exception {
        Sent template = get("province1", "/api/imports/template.xlsx");
        assertThat(template.status()).isEqualTo(200);
        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(template.body().binaryValue()))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly("units", "officials", "models");
            assertThat(wb.getSheet("models").getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Tên mô hình");
        }
        assertThat(get("commune1", "/api/imports/template.xlsx").status()).isEqualTo(403);
        assertThat(upload("supervisor", new byte[] {1}, "x.xlsx", Map.of()).status())
                .isEqualTo(403);
    }

    @Test
    void badFilesAreRefusedAsAWholeInVietnamese() throws Exception {
        Sent notWorkbook =
                upload("province1", "đây không phải bảng tính".getBytes(StandardCharsets.UTF_8), "so.xlsx", Map.of());
        assertThat(notWorkbook.status()).isEqualTo(400);
        assertThat(notWorkbook.body().get("message").asText())
                .isEqualTo("Tệp không phải bảng tính Excel (.xlsx) đọc được.");
        Sent csvWithoutSheet =
                upload("province1", "code,name,level\n".getBytes(StandardCharsets.UTF_8), "don-vi.csv", Map.of());
        assertThat(csvWithoutSheet.status()).isEqualTo(400);
        assertThat(csvWithoutSheet.body().get("field").asText()).isEqualTo("sheet");
        Sent otherProvince = upload(
                "province1",
                "code,name,level,parentCode\nQT0009,Xã Vĩnh Linh,COMMUNE,QT\n".getBytes(StandardCharsets.UTF_8),
                "don-vi.csv",
                Map.of("sheet", "units", "dryRun", "false"));
        assertThat(otherProvince.status()).isEqualTo(200);
        assertThat(refusedRows(otherProvince.body(), "units")).containsExactly(2);
        assertThat(get(
                                "province2",
                                "/api/imports/" + otherProvince.body().get("id").asText())
                        .status())
                .isEqualTo(404);
        assertThat(new ArrayList<>(List.of(
                        jdbc.queryForObject("select count(*) from admin_unit where code = 'QT0009'", Long.class))))
                .containsExactly(0L);
    }

    /** A workbook of a million rows and a cell of 100,000 characters: refused clearly, never read whole. */
    @Test
    void aMillionRowsAreRefusedAsAWholeAndAHugeCellRowByRow() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("models");
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            List<String> columns = ImportSheet.MODELS.columns();
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            for (int r = 1; r <= 1_000_000; r++) {
                sheet.createRow(r).createCell(1).setCellValue("Tổ tự quản số " + r);
            }
            wb.write(xlsx);
            wb.dispose();
        }
        long started = System.nanoTime();
        Sent million = upload("province1", xlsx.toByteArray(), "mot-trieu-dong.xlsx", Map.of());
        System.out.printf(
                "a workbook of 1,000,000 rows (%.1f MB) refused in %.1f s%n",
                xlsx.size() / 1e6, (System.nanoTime() - started) / 1e9);
        assertThat(million.status()).as(million.body().toString()).isEqualTo(400);
        assertThat(million.body().get("message").asText())
                .isEqualTo("Trang models có quá 50.000 dòng; hãy chia thành nhiều tệp.");

        StringBuilder csv = new StringBuilder(String.join(",", columns(ImportSheet.MODELS)) + "\n");
        for (int r = 1; r <= 1_000_000; r++) {
            csv.append(",x\n");
        }
        Sent millionCsv = upload(
                "province1", csv.toString().getBytes(StandardCharsets.UTF_8), "mo-hinh.csv", Map.of("sheet", "models"));
        assertThat(millionCsv.status()).isEqualTo(400);
        assertThat(millionCsv.body().get("message").asText())
                .isEqualTo("Trang models có quá 50.000 dòng; hãy chia thành nhiều tệp.");

        String hugeCell = "code,name,level,parentCode\nQB0999," + "Xã ".repeat(33_334) + ",COMMUNE,QB\n";
        Sent huge =
                upload("province1", hugeCell.getBytes(StandardCharsets.UTF_8), "don-vi.csv", Map.of("sheet", "units"));
        assertThat(huge.status()).isEqualTo(200);
        assertThat(huge.body().at("/errors/0/row").asInt()).isEqualTo(2);
        assertThat(huge.body().at("/errors/0/column").asText()).isEqualTo("name");
        assertThat(huge.body().at("/errors/0/message").asText()).contains("dài quá 2.000 ký tự");
        assertThat(jdbc.queryForObject("select count(*) from admin_unit where code = 'QB0999'", Long.class))
                .isZero();
    }

    private static List<String> columns(ImportSheet sheet) {
        return sheet.columns();
    }
}

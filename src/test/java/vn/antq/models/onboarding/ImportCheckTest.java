package vn.antq.models.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.models.common.Messages;
import vn.antq.models.onboarding.ImportCheck.Change;
import vn.antq.models.support.PostgresTest;

/**
 * A province's registry as a workbook, good rows and bad ones of every kind mixed in: each bad row is
 * refused with its sheet, Excel row number, column and a Vietnamese reason; each good one is planned
 * as created, updated or unchanged against the registry; nothing is stored by checking.
 */
@PostgresTest
class ImportCheckTest {

    @Autowired
    Messages messages;

    @Autowired
    RegistryLookups registry;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    /** Writes a workbook; each sheet is a header row of template labels or keys, then rows of cells. */
    Path workbook(Map<String, List<List<Object>>> sheets) throws Exception {
        Path file = dir.resolve("so-mo-hinh.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            sheets.forEach((name, rows) -> {
                Sheet sheet = wb.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (v instanceof LocalDate d) {
                            row.createCell(c).setCellValue(d);
                            row.getCell(c).setCellStyle(date);
                        } else if (v instanceof String s && s.startsWith("=")) {
                            row.createCell(c).setCellFormula(s.substring(1));
                        } else if (v != null) {
                            row.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
            });
            wb.write(out);
        }
        return file;
    }

    ImportCheck.Result check(Path file, String province) {
        WorkbookReader reader = new WorkbookReader(messages::get);
        return new ImportCheck(registry, messages, province).check(reader.readWorkbook(file));
    }

    long stored() {
        return jdbc.queryForObject(
                "select (select count(*) from admin_unit) + (select count(*) from security_model)"
                        + " + (select count(*) from act_id_user)",
                Long.class);
    }

    @Test
    void everyBadRowIsRefusedWithItsRowColumnAndReasonAndNothingIsStored() throws Exception {
        long before = stored();
        Path file = workbook(Map.of(
                "Đơn vị",
                        List.of(
                                List.of("Mã đơn vị", "Tên đơn vị", "Cấp", "Mã đơn vị cấp trên", "Chính quyền hai cấp"),
                                List.of("NA", "Tỉnh Nghệ An", "Tỉnh", "", "có"), // 2 created
                                List.of("NA0001", "Xã Thạch Hà", "xa", "NA"), // 3 created, label without diacritics
                                List.of("NA0002", "Phường Bắc Hồng", "COMMUNE", "NA"), // 4 created
                                List.of("NA0001", "Xã trùng mã", "Xã", "NA"), // 5 duplicate code
                                List.of("NA-03", "Xã có dấu gạch", "Xã", "NA"), // 6 bad code
                                List.of("NA0004", "Xã mồ côi", "Xã", "ZZ"), // 7 unknown parent
                                List.of(
                                        "NA01",
                                        "Huyện trong tỉnh hai cấp",
                                        "Huyện",
                                        "NA"), // 8 district under a two-tier province
                                List.of("QB", "Tỉnh Quảng Bình", "Tỉnh")), // 9 unchanged (demo data)
                "Cán bộ",
                        List.of(
                                List.of("login", "fullName", "email", "unitCode", "role"),
                                List.of("canbo1", "Nguyễn Thị Hoa", "hoa@ca.nghean.gov.vn", "NA0001"), // 2 created
                                List.of(
                                        "giamsat1",
                                        "Trần Văn Sơn",
                                        "son@ca.nghean.gov.vn",
                                        "NA",
                                        "Giám sát"), // 3 created, supervisor
                                List.of("canbo2", "Lê Văn Bảo", "khong-phai-thu", "NA0002"), // 4 bad e-mail
                                List.of(
                                        "canbo3",
                                        "Phạm Văn Cường",
                                        "cuong@ca.nghean.gov.vn",
                                        "NA0002",
                                        "Giám sát"), // 5 supervisor of a commune
                                List.of(
                                        "commune1",
                                        "Nguyễn Văn An",
                                        "an@antq.example",
                                        "NA0001"), // 6 already in another unit
                                List.of(
                                        "canbo1",
                                        "Nguyễn Thị Hoa",
                                        "hoa@ca.nghean.gov.vn",
                                        "NA0001")), // 7 duplicate login
                "models",
                        List.of(
                                List.of(
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
                                        "lastEvaluatedOn"),
                                List.of(
                                        "NA-2019-0001",
                                        "Camera an ninh xóm Đông",
                                        "An ninh, trật tự khu dân cư",
                                        "Khu dân cư",
                                        "Xóm Đông",
                                        "NA0001",
                                        LocalDate.of(2019, 5, 12),
                                        "12/QĐ-UBND",
                                        "Nguyễn Văn Tâm",
                                        "0912 345 678",
                                        "1.200",
                                        "",
                                        "",
                                        "Khá",
                                        LocalDate.of(2025, 11, 20)), // 2 created
                                List.of(
                                        "",
                                        "Camera an ninh xóm Đông",
                                        "RESIDENTIAL",
                                        "RESIDENTIAL_AREA",
                                        "",
                                        "NA0002",
                                        "03/04/2021",
                                        "5/QĐ-UBND",
                                        "Trần Văn Minh",
                                        "0987654321",
                                        15,
                                        "NA-2019-0001"), // 3 created, a point, dd/MM/yyyy
                                List.of(
                                        "",
                                        "Camera an ninh xóm Đông",
                                        "RESIDENTIAL",
                                        "RESIDENTIAL_AREA",
                                        "",
                                        "NA0002",
                                        "2021-04-03",
                                        "5/QĐ-UBND",
                                        "Trần Văn Minh",
                                        "0987654321",
                                        15,
                                        "NA-2019-0001"), // 4 the same point again
                                List.of(
                                        "NA-2020-0002",
                                        "Tổ tự quản",
                                        "RESIDENTIAL",
                                        "RESIDENTIAL_AREA",
                                        "",
                                        "NA",
                                        "2020-01-01",
                                        "1/QĐ",
                                        "Lê Văn A",
                                        "0912345678",
                                        8), // 5 runs in a province, not a commune
                                List.of(
                                        "NA-2020-0003",
                                        "Tổ tự quản",
                                        "RESIDENTIAL",
                                        "Nhà máy",
                                        "",
                                        "NA0001",
                                        "2020-01-01",
                                        "1/QĐ",
                                        "Lê Văn A",
                                        "0912345678",
                                        8), // 6 unknown host type
                                List.of(
                                        "NA-2020-0004",
                                        "Tổ tự quản",
                                        "RESIDENTIAL",
                                        "RESIDENTIAL_AREA",
                                        "",
                                        "NA0001",
                                        "2099-01-01",
                                        "1/QĐ",
                                        "Lê Văn A",
                                        "0912345678",
                                        8), // 7 founded in the future
                                List.of(
                                        "NA-2020-0005",
                                        "Tổ tự quản",
                                        "RESIDENTIAL",
                                        "RESIDENTIAL_AREA",
                                        "",
                                        "NA0001",
                                        "2020-01-01",
                                        "1/QĐ",
                                        "Lê Văn A",
                                        "12ab",
                                        8), // 8 not a phone
                                List.of(
                                        "NA-2020-0006",
                                        "Tổ tự quản",
                                        "RESIDENTIAL",
                                        "RESIDENTIAL_AREA",
                                        "",
                                        "NA0001",
                                        "2020-01-01",
                                        "1/QĐ",
                                        "Lê Văn A",
                                        "0912345678",
                                        0), // 9 no members
                                List.of(
                                        "NA-2020-0007",
                                        "Tổ tự quản",
                                        "RESIDENTIAL",
                                        "RESIDENTIAL_AREA",
                                        "",
                                        "NA0001",
                                        "2020-01-01",
                                        "1/QĐ",
                                        "Lê Văn A",
                                        "0912345678",
                                        "=2+3"), // 10 a formula
                                List.of(
                                        "NA-2020-0008",
                                        "<b>Tổ</b> tự quản",
                                        "RESIDENTIAL",
                                        "RESIDENTIAL_AREA",
                                        "",
                                        "NA0001",
                                        "2020-01-01",
                                        "1/QĐ",
                                        "Lê Văn A",
                                        "0912345678",
                                        8), // 11 markup in a name
                                List.of(
                                        "NA-2020-0009",
                                        "Tổ tự quản",
                                        "RESIDENTIAL",
                                        "RESIDENTIAL_AREA",
                                        "",
                                        "NA0001",
                                        "2020-01-01",
                                        "1/QĐ",
                                        "Lê Văn A",
                                        "0912345678",
                                        8,
                                        "ZZ-0000-0001"), // 12 unknown origin
                                List.of(
                                        "NA-2019-0001",
                                        "Mô hình trùng mã",
                                        "RESIDENTIAL",
                                        "RESIDENTIAL_AREA",
                                        "",
                                        "NA0001",
                                        "2020-01-01",
                                        "1/QĐ",
                                        "Lê Văn A",
                                        "0912345678",
                                        8), // 13 duplicate code
                                List.of(
                                        "NA-2020-0010",
                                        "Tổ " + "x".repeat(3000),
                                        "RESIDENTIAL",
                                        "RESIDENTIAL_AREA",
                                        "",
                                        "NA0001",
                                        "2020-01-01",
                                        "1/QĐ",
                                        "Lê Văn A",
                                        "0912345678",
                                        8), // 14 a cell longer than any field
                                List.of(
                                        "NA-2020-0011",
                                        "Tổ tự quản",
                                        "RESIDENTIAL",
                                        "RESIDENTIAL_AREA",
                                        "",
                                        "NA0001",
                                        "2020-01-01",
                                        "1/QĐ",
                                        "Lê Văn A",
                                        "0912345678",
                                        8,
                                        "",
                                        "Tạm dừng")))); // 15 unknown status

        ImportCheck.Result result = check(file, null);

        assertThat(result.refused())
                .extracting(ImportCheck.Refusal::sheet, ImportCheck.Refusal::row, ImportCheck.Refusal::column)
                .containsExactly(
                        tuple("units", 5, "code"),
                        tuple("units", 6, "code"),
                        tuple("units", 7, "parentCode"),
                        tuple("units", 8, "parentCode"),
                        tuple("officials", 4, "email"),
                        tuple("officials", 5, "role"),
                        tuple("officials", 6, "unitCode"),
                        tuple("officials", 7, "login"),
                        tuple("models", 4, "name"),
                        tuple("models", 5, "unitCode"),
                        tuple("models", 6, "hostType"),
                        tuple("models", 7, "foundedOn"),
                        tuple("models", 8, "leaderPhone"),
                        tuple("models", 9, "members"),
                        tuple("models", 10, "members"),
                        tuple("models", 11, "name"),
                        tuple("models", 12, "originCode"),
                        tuple("models", 13, "code"),
                        tuple("models", 14, "name"),
                        tuple("models", 15, "status"));
        assertThat(result.refused())
                .extracting(ImportCheck.Refusal::message)
                .containsSubsequence(
                        "Mã đơn vị (code): đã có ở một dòng trước trong tệp.",
                        "Mã đơn vị cấp trên (parentCode): không có đơn vị mang mã ZZ, trong sổ hay ở dòng trước.",
                        "Thư điện tử (email): không phải địa chỉ thư điện tử hợp lệ.",
                        "Loại nơi xây dựng (hostType): giá trị không nằm trong danh sách được chọn.",
                        "Ngày thành lập (foundedOn): không được sau ngày hôm nay.",
                        "Số thành viên (members): ô chứa công thức; hãy dán giá trị.");
        assertThat(result.accepted())
                .extracting(p -> p.sheet().key(), ImportCheck.Planned::row, ImportCheck.Planned::change)
                .containsExactly(
                        tuple("units", 2, Change.CREATED),
                        tuple("units", 3, Change.CREATED),
                        tuple("units", 4, Change.CREATED),
                        tuple("units", 9, Change.UNCHANGED),
                        tuple("officials", 2, Change.CREATED),
                        tuple("officials", 3, Change.CREATED),
                        tuple("models", 2, Change.CREATED),
                        tuple("models", 3, Change.CREATED));
        ImportCheck.Planned first = result.accepted().get(6);
        assertThat(first.values())
                .containsEntry("members", 1200L)
                .containsEntry("foundedOn", LocalDate.of(2019, 5, 12))
                .containsEntry("lastEvaluatedOn", LocalDate.of(2025, 11, 20))
                .containsEntry("leaderPhone", "0912 345 678");
        assertThat(result.accepted().get(7).values())
                .containsEntry("foundedOn", LocalDate.of(2021, 4, 3))
                .containsEntry("originCode", "NA-2019-0001");
        assertThat(result.accepted().get(5).values()).containsEntry("group", "GSNA");
        assertThat(result.rows()).containsEntry(ImportSheet.UNITS, 8).containsEntry(ImportSheet.MODELS, 14);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aProvinceOfficialImportsOnlyIntoItsOwnProvince() throws Exception {
        Path file = workbook(Map.of(
                "units",
                List.of(
                        List.of("code", "name", "level", "parentCode"),
                        List.of("QB0103", "Xã Mỹ Thủy", "COMMUNE", "QB01"),
                        List.of("QT0002", "Xã Gio Linh", "COMMUNE", "QT"))));
        ImportCheck.Result result = check(file, "QB");
        assertThat(result.accepted()).extracting(ImportCheck.Planned::row).containsExactly(2);
        assertThat(result.refused())
                .extracting(ImportCheck.Refusal::row, ImportCheck.Refusal::message)
                .containsExactly(tuple(3, "Mã đơn vị cấp trên (parentCode): nằm ngoài tỉnh của tài khoản nhập."));
    }

    @Test
    void aCsvSheetWithSemicolonsAndAByteOrderMarkReadsLikeTheWorkbook() {
        String csv =
                "\uFEFFMã đơn vị;Tên đơn vị;Cấp;Mã đơn vị cấp trên\r\nQB0104;Xã Sen Thủy;Xã;QB01\r\n;;;\r\nQB0105;\"Xã Ngư; Thủy\";Xã;QB01\r\n";
        List<SheetRow> rows = new WorkbookReader(messages::get)
                .readCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ImportSheet.UNITS);
        assertThat(rows)
                .extracting(SheetRow::row, r -> r.get("name"))
                .containsExactly(tuple(2, "Xã Sen Thủy"), tuple(4, "Xã Ngư; Thủy"));
        ImportCheck.Result result = new ImportCheck(registry, messages, "QB").check(Map.of(ImportSheet.UNITS, rows));
        assertThat(result.refused()).isEmpty();
        assertThat(result.accepted()).hasSize(2);
    }

    @Test
    void aFileThatIsNoWorkbookOrLacksAColumnIsRefusedAsAWhole() throws Exception {
        WorkbookReader reader = new WorkbookReader(messages::get);
        Path text = dir.resolve("not.xlsx");
        Files.writeString(text, "đây không phải bảng tính");
        assertThatThrownBy(() -> reader.readWorkbook(text))
                .isInstanceOf(ImportFileException.class)
                .extracting(e -> ((ImportFileException) e).messageKey())
                .isEqualTo("import.file.notWorkbook");
        Path noName = workbook(Map.of("units", List.of(List.of("code", "level"), List.of("QB0106", "Xã"))));
        assertThatThrownBy(() -> reader.readWorkbook(noName))
                .isInstanceOf(ImportFileException.class)
                .satisfies(e -> assertThat(
                                messages.get(((ImportFileException) e).messageKey(), ((ImportFileException) e).args()))
                        .isEqualTo("Trang units thiếu cột name."));
        Path other = workbook(Map.of("Sheet1", List.of(List.of("a"))));
        assertThatThrownBy(() -> reader.readWorkbook(other))
                .isInstanceOf(ImportFileException.class)
                .extracting(e -> ((ImportFileException) e).messageKey())
                .isEqualTo("import.file.noSheets");
    }
}

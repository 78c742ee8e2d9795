package vn.antq.models.support;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A generated province registry as a workbook, written as a stream (SXSSF): a two-tier province, its
 * communes, officials, models and points, with bad rows of six kinds mixed in (every 20th commune,
 * every 30th official, every 97th model or point). For the import tests and the benchmark.
 *
 * @param prefix the province's code ("HT"); communes are prefix + 4 digits, models prefix-2015-n
 */
public record RegistryWorkbooks(
        String prefix, String provinceName, int communes, int officials, int models, int points) {

    public int rows() {
        return communes + 1 + officials + models + points;
    }

    /** The workbook; fills {@code bad} with the Excel row numbers of the rows that must be refused, per sheet. */
    public byte[] workbook(Map<String, Set<Integer>> bad) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet units = wb.createSheet("units");
            row(units, 0, "Mã đơn vị", "Tên đơn vị", "Cấp", "Mã đơn vị cấp trên", "Chính quyền hai cấp");
            row(units, 1, prefix, provinceName, "Tỉnh", "", "có");
            int r = 2;
            for (int c = 1; c <= communes; c++, r++) {
                if (c % 20 == 0) {
                    row(units, r, prefix + c, "Xã lạc chỗ " + c, "Xã", "KHONGCO");
                    bad.computeIfAbsent("units", k -> new TreeSet<>()).add(r + 1);
                } else {
                    row(units, r, commune(c), "Xã Thạch " + c, "Xã", prefix);
                }
            }
            Sheet officialRows = wb.createSheet("officials");
            row(officialRows, 0, "login", "fullName", "email", "unitCode", "role");
            for (int o = 1; o <= officials; o++) {
                int c = 1 + o % communes;
                if (o % 30 == 0) {
                    row(officialRows, o, "canbo" + o, "Cán bộ " + o, "khong-co-a-cong", commune(c));
                    bad.computeIfAbsent("officials", k -> new TreeSet<>()).add(o + 1);
                } else {
                    row(
                            officialRows,
                            o,
                            prefix.toLowerCase(java.util.Locale.ROOT) + "canbo" + o,
                            "Nguyễn Văn Cán Bộ" + o,
                            "canbo" + o + "@ca.hatinh.gov.vn",
                            validCommune(c));
                }
            }
            Sheet modelRows = wb.createSheet("models");
            row(
                    modelRows,
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
            String[] badKinds = {"phone", "members", "commune", "future", "origin", "field"};
            for (int m = 1; m <= models + points; m++) {
                boolean point = m > models;
                int c = validCommuneIndex(1 + m % communes);
                String code = point ? "" : prefix + "-2015-" + String.format("%04d", m);
                int originRow = 1 + (m - models) % (models / 2) * 2;
                String origin = point
                        ? prefix + "-2015-" + String.format("%04d", originRow % 97 == 0 ? originRow + 2 : originRow)
                        : "";
                LocalDate founded = LocalDate.of(2015, 1, 1).plusDays((m * 37L) % 3650);
                String phone = "09" + String.format("%08d", m);
                String members = String.valueOf(5 + m % 40);
                String unit = commune(point ? validCommuneIndex(1 + (m + 7) % communes) : c);
                String field = "An ninh, trật tự khu dân cư";
                boolean isBad = m % 97 == 0;
                if (isBad) {
                    switch (badKinds[(m / 97) % badKinds.length]) {
                        case "phone" -> phone = "goi-cho-toi";
                        case "members" -> members = "0";
                        case "commune" -> unit = prefix;
                        case "future" -> founded = LocalDate.now().plusYears(1);
                        case "origin" -> origin = "ZZ-0000-0001";
                        default -> field = "Lĩnh vực không có";
                    }
                    bad.computeIfAbsent("models", k -> new TreeSet<>()).add(m + 1);
                }
                boolean evaluated = m % 3 == 0;
                row(
                        modelRows,
                        m,
                        code,
                        (point ? "Điểm " : "Mô hình ") + "số " + m,
                        field,
                        "Khu dân cư",
                        "Thôn " + m,
                        unit,
                        founded.toString(),
                        m + "/QĐ-UBND",
                        "Trưởng nhóm " + m,
                        phone,
                        members,
                        origin,
                        "",
                        evaluated ? "Khá" : "",
                        evaluated
                                ? founded.plusYears(5).isBefore(LocalDate.now())
                                        ? founded.plusYears(5).toString()
                                        : ""
                                : "");
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    public String commune(int c) {
        return prefix + String.format("%04d", c);
    }

    /** Communes whose row is good (every twentieth is refused, so nothing may run there). */
    public static int validCommuneIndex(int c) {
        return c % 20 == 0 ? c - 1 : c;
    }

    String validCommune(int c) {
        return commune(validCommuneIndex(c));
    }

    static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isEmpty()) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }
}

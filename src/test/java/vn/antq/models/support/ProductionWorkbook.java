package vn.antq.models.support;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook of the production walk-through (tools/screenshots/take-production.mjs): Hà Tĩnh, a
 * two-tier province, with three communes, its officials (a commune's, the province's, a supervisor)
 * and a small registry of models and points with their last classes, with three bad rows the import
 * refuses. In the template's Vietnamese headers, as a province would fill it in.
 * Usage: {@code java -cp <test classpath> vn.antq.models.support.ProductionWorkbook so-mo-hinh-ha-tinh.xlsx}
 */
public final class ProductionWorkbook {

    private ProductionWorkbook() {}

    public static void main(String[] args) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = new FileOutputStream(args[0])) {
            Sheet units = wb.createSheet("units");
            row(units, 0, "code", "name", "level", "parentCode", "twoTier");
            row(units, 1, "HT", "Tỉnh Hà Tĩnh", "PROVINCE", "", "true");
            row(units, 2, "HT0001", "Xã Thạch Hà", "COMMUNE", "HT", "");
            row(units, 3, "HT0002", "Xã Cẩm Xuyên", "COMMUNE", "HT", "");
            row(units, 4, "HT0003", "Phường Hồng Lĩnh", "COMMUNE", "HT", "");
            row(units, 5, "HT0004", "Xã lạc chỗ", "COMMUNE", "KHONGCO", "");
            Sheet officials = wb.createSheet("officials");
            row(officials, 0, "login", "fullName", "email", "unitCode", "role");
            row(officials, 1, "htthachha", "Trần Văn Thạch", "thachha@ca.hatinh.gov.vn", "HT0001", "OFFICER");
            row(officials, 2, "htcamxuyen", "Lê Thị Xuyên", "camxuyen@ca.hatinh.gov.vn", "HT0002", "OFFICER");
            row(officials, 3, "htcatinh", "Nguyễn Đình Tĩnh", "catinh@ca.hatinh.gov.vn", "HT", "OFFICER");
            row(officials, 4, "htgiamsat", "Phan Văn Sát", "giamsat@ca.hatinh.gov.vn", "HT", "SUPERVISOR");
            row(officials, 5, "htsai", "Sai Địa Chỉ", "khong-co-a-cong", "HT0001", "OFFICER");
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
            String[][] entries = {
                {
                    "HT-2018-0001",
                    "Camera an ninh khu dân cư",
                    "RESIDENTIAL",
                    "RESIDENTIAL_AREA",
                    "Thôn Bắc Sơn",
                    "HT0001",
                    "2018-03-12",
                    "",
                    "GOOD"
                },
                {
                    "HT-2019-0002",
                    "Tổ tự quản an ninh, trật tự",
                    "RESIDENTIAL",
                    "RESIDENTIAL_AREA",
                    "Tổ dân phố 3",
                    "HT0003",
                    "2019-05-20",
                    "",
                    "EXCELLENT"
                },
                {
                    "HT-2020-0003",
                    "Trường học an toàn về ANTT",
                    "INSTITUTION",
                    "SCHOOL",
                    "Trường THPT Thạch Hà",
                    "HT0001",
                    "2020-09-05",
                    "",
                    "GOOD"
                },
                {
                    "HT-2020-0004",
                    "Doanh nghiệp an toàn về ANTT",
                    "INSTITUTION",
                    "ENTERPRISE",
                    "Cảng cá Cẩm Nhượng",
                    "HT0002",
                    "2020-11-02",
                    "",
                    "AVERAGE"
                },
                {
                    "HT-2021-0005",
                    "Giáo xứ bình yên",
                    "ETHNIC_RELIGIOUS",
                    "RELIGIOUS",
                    "Giáo xứ Cẩm Xuyên",
                    "HT0002",
                    "2021-04-18",
                    "",
                    "GOOD"
                },
                {
                    "HT-2017-0006",
                    "Bến thuyền an toàn",
                    "BORDER",
                    "RESIDENTIAL_AREA",
                    "Bến Cửa Sót",
                    "HT0001",
                    "2017-07-07",
                    "",
                    "WEAK"
                },
                {
                    "",
                    "Camera an ninh thôn Nam Sơn",
                    "RESIDENTIAL",
                    "RESIDENTIAL_AREA",
                    "Thôn Nam Sơn",
                    "HT0002",
                    "2021-02-01",
                    "HT-2018-0001",
                    "GOOD"
                },
                {
                    "",
                    "Camera an ninh tổ dân phố 5",
                    "RESIDENTIAL",
                    "RESIDENTIAL_AREA",
                    "Tổ dân phố 5",
                    "HT0003",
                    "2022-03-15",
                    "HT-2018-0001",
                    "EXCELLENT"
                },
                {
                    "",
                    "Tổ tự quản thôn Đông Hà",
                    "RESIDENTIAL",
                    "RESIDENTIAL_AREA",
                    "Thôn Đông Hà",
                    "HT0001",
                    "2022-06-10",
                    "HT-2019-0002",
                    "GOOD"
                },
                {
                    "",
                    "Trường học an toàn về ANTT – THCS Cẩm Xuyên",
                    "INSTITUTION",
                    "SCHOOL",
                    "Trường THCS Cẩm Xuyên",
                    "HT0002",
                    "2023-09-05",
                    "HT-2020-0003",
                    ""
                },
                {
                    "",
                    "Camera an ninh thôn Hòa Bình",
                    "RESIDENTIAL",
                    "RESIDENTIAL_AREA",
                    "Thôn Hòa Bình",
                    "HT0004",
                    "2023-01-10",
                    "HT-2018-0001",
                    ""
                },
                {"", "Mô hình chưa có ngày", "RESIDENTIAL", "RESIDENTIAL_AREA", "Thôn Mới", "HT0001", "", "", ""},
            };
            int r = 1;
            for (String[] e : entries) {
                String evaluatedOn =
                        e[8].isEmpty() ? "" : LocalDate.now().minusMonths(2 + r).toString();
                row(
                        models,
                        r,
                        e[0],
                        e[1],
                        e[2],
                        e[3],
                        e[4],
                        e[5],
                        e[6],
                        r + "/QĐ-UBND",
                        "Trưởng nhóm " + r,
                        "09" + String.format("%08d", 81234560 + r),
                        String.valueOf(10 + r),
                        e[7],
                        "",
                        e[8],
                        evaluatedOn);
                r++;
            }
            wb.write(out);
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}

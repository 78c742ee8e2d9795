package vn.antq.models.onboarding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Messages;

/**
 * The workbook a province fills in: the three sheets under their keys, the template's Vietnamese
 * column labels (which an import recognises, as it does the keys) and one example row each.
 */
@Component
public class ImportTemplate {

    private final Messages messages;

    public ImportTemplate(Messages messages) {
        this.messages = messages;
    }

    public byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            for (ImportSheet sheet : ImportSheet.values()) {
                Sheet s = wb.createSheet(sheet.key());
                Row head = s.createRow(0);
                Row example = s.createRow(1);
                List<String> columns = sheet.columns();
                for (int c = 0; c < columns.size(); c++) {
                    head.createCell(c).setCellValue(messages.get(sheet.labelKey(columns.get(c))));
                    head.getCell(c).setCellStyle(header);
                    // the example row: each column's "<label key>.example" in the bundle, empty where it has none
                    example.createCell(c)
                            .setCellValue(messages.find(sheet.labelKey(columns.get(c)) + ".example")
                                    .orElse(""));
                    // text cells, so that Excel keeps a phone's leading zero and a code as typed
                    s.setDefaultColumnStyle(c, text);
                    s.setColumnWidth(c, 24 * 256);
                }
                s.createFreezePane(0, 1);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}

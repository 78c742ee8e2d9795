package vn.antq.models.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook in the layout a report is sent upward: a title, the unit, the period, who made it and
 * when, then a table with Vietnamese headers, numbers as numbers and a total row. Written with
 * POI's streaming writer, which keeps only a window of rows in memory, so a register of the whole
 * country is written in constant memory.
 */
public final class ReportWorkbook implements AutoCloseable {

    private final SXSSFWorkbook book = new SXSSFWorkbook(200);
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle totalText;
    private final CellStyle totalNumber;
    private final CellStyle note;

    public ReportWorkbook() {
        book.setCompressTempFiles(true);
        Font bold = book.createFont();
        bold.setBold(true);
        Font big = book.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        title = book.createCellStyle();
        title.setFont(big);
        header = bordered();
        header.setFont(bold);
        header.setWrapText(true);
        text = bordered();
        number = bordered();
        number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        totalText = bordered();
        totalText.setFont(bold);
        totalNumber = bordered();
        totalNumber.setFont(bold);
        totalNumber.setDataFormat(number.getDataFormat());
        note = book.createCellStyle();
        note.setWrapText(false);
    }

    private CellStyle bordered() {
        CellStyle s = book.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /** A new sheet with its heading lines (title first); the table starts below them. */
    public Table sheet(String name, List<String> heading, List<String> columns, int[] widths) {
        SXSSFSheet sheet = book.createSheet(name);
        int r = 0;
        for (String line : heading) {
            Cell cell = sheet.createRow(r).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(r == 0 ? title : note);
            r++;
        }
        r++;
        Row head = sheet.createRow(r);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, 256 * (i < widths.length ? widths[i] : 14));
        }
        sheet.createFreezePane(0, r + 1);
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(r, r, 0, columns.size() - 1));
        }
        return new Table(sheet, r + 1);
    }

    public void write(OutputStream out) throws IOException {
        book.write(out);
    }

    @Override
    public void close() {
        book.dispose();
        try {
            book.close();
        } catch (IOException e) {
            // nothing left to release but the temporary files, already disposed of
        }
    }

    /** Rows of one sheet, written top down. */
    public final class Table {
        private final Sheet sheet;
        private int next;

        private Table(Sheet sheet, int first) {
            this.sheet = sheet;
            this.next = first;
        }

        /** A row of values: a {@link Number} becomes a number cell, anything else text, {@code null} an empty cell. */
        public void row(Object... values) {
            write(values, text, number);
        }

        public void total(Object... values) {
            write(values, totalText, totalNumber);
        }

        /** A line of text below the table. */
        public void line(String value) {
            next++;
            Cell cell = sheet.createRow(next++).createCell(0);
            cell.setCellValue(value);
            cell.setCellStyle(note);
        }

        private void write(Object[] values, CellStyle textStyle, CellStyle numberStyle) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Cell cell = row.createCell(i);
                Object v = values[i];
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(numberStyle);
                } else {
                    if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                    cell.setCellStyle(textStyle);
                }
            }
        }
    }
}

package vn.antq.models.onboarding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an import file into rows: an {@code .xlsx} workbook as a stream of XML events (POI's SAX
 * reader, never the whole workbook in memory), or one {@code .csv} sheet (UTF-8 with or without a
 * byte order mark, comma or semicolon). Excel dates become {@code yyyy-MM-dd}, whole numbers lose
 * Excel's ".0"; a formula, an error value or a cell longer than any field takes is not read but
 * reported for its row. At most {@link #MAX_ROWS} rows a sheet: more is refused as a whole.
 */
public final class WorkbookReader {

    public static final int MAX_ROWS = 50_000;
    /** No field takes more (goals and narratives are not imported); a longer cell is refused, not kept. */
    static final int MAX_CELL = 2_000;

    /** Sheet names and column headers, as {@link ImportSheet#folded} compares them, to what they name. */
    private final Function<String, ImportSheet> sheetNamed;

    private final Map<ImportSheet, Map<String, String>> headers;

    /**
     * @param labels the Vietnamese label of a message key ({@link ImportSheet#labelKey}, {@link ImportSheet#nameKey})
     */
    public WorkbookReader(Function<String, String> labels) {
        Map<String, ImportSheet> names = new HashMap<>();
        this.headers = new EnumMap<>(ImportSheet.class);
        for (ImportSheet sheet : ImportSheet.values()) {
            names.put(ImportSheet.folded(sheet.key()), sheet);
            names.put(ImportSheet.folded(labels.apply(sheet.nameKey())), sheet);
            Map<String, String> columns = new HashMap<>();
            for (String column : sheet.columns()) {
                columns.put(ImportSheet.folded(column), column);
                columns.put(ImportSheet.folded(labels.apply(sheet.labelKey(column))), column);
            }
            headers.put(sheet, columns);
        }
        this.sheetNamed = name -> names.get(ImportSheet.folded(name));
    }

    public Map<ImportSheet, List<SheetRow>> readWorkbook(Path file) {
        Map<ImportSheet, List<SheetRow>> rows = new EnumMap<>(ImportSheet.class);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream xml = sheets.next()) {
                    ImportSheet sheet = sheetNamed.apply(sheets.getSheetName());
                    if (sheet == null || rows.containsKey(sheet)) {
                        continue;
                    }
                    Collector collector = new Collector(sheet);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new SheetHandler(strings, styles, collector));
                    parser.parse(new InputSource(xml));
                    rows.put(sheet, collector.done());
                }
            }
        } catch (ImportFileException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getCause() instanceof ImportFileException refused) {
                throw refused;
            }
            throw new ImportFileException("import.file.notWorkbook");
        } catch (Exception | LinkageError e) {
            // not a zip, not an OOXML package, a damaged or over-compressed one (POI's zip-bomb guard)
            throw new ImportFileException("import.file.notWorkbook");
        }
        if (rows.isEmpty()) {
            throw new ImportFileException("import.file.noSheets");
        }
        return rows;
    }

    public List<SheetRow> readCsv(InputStream in, ImportSheet sheet) {
        try (BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            text.mark(1);
            if (text.read() != '\uFEFF') {
                text.reset();
            }
            text.mark(64 * 1024);
            String first = text.readLine();
            if (first == null) {
                throw new ImportFileException("import.file.empty");
            }
            text.reset();
            char delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
            Collector collector = new Collector(sheet);
            try (CSVParser parser =
                    CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse((Reader) text)) {
                for (CSVRecord record : parser) {
                    Map<Integer, Cell> cells = new LinkedHashMap<>();
                    for (int i = 0; i < record.size(); i++) {
                        String v = record.get(i);
                        cells.put(i, v.length() > MAX_CELL ? Cell.problem("import.cell.tooLong") : new Cell(v, null));
                    }
                    collector.row((int) record.getRecordNumber(), cells);
                }
            }
            return collector.done();
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException("import.file.notCsv");
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }

    /** A cell's text, or why it has none. */
    record Cell(String text, String problem) {
        static Cell problem(String key) {
            return new Cell(null, key);
        }
    }

    /** Turns a sheet's rows into {@link SheetRow}s: the first non-empty row is the header. */
    private final class Collector {
        private final ImportSheet sheet;
        private final List<SheetRow> rows = new ArrayList<>();
        private Map<Integer, String> columnAt;

        Collector(ImportSheet sheet) {
            this.sheet = sheet;
        }

        void row(int number, Map<Integer, Cell> cells) {
            boolean blank = cells.values().stream()
                    .allMatch(c ->
                            c.problem() == null && (c.text() == null || c.text().isBlank()));
            if (blank) {
                return;
            }
            if (columnAt == null) {
                header(cells);
                return;
            }
            if (rows.size() >= MAX_ROWS) {
                throw new ImportFileException("import.file.tooManyRows", sheet.key(), MAX_ROWS);
            }
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> unreadable = new LinkedHashMap<>();
            cells.forEach((index, cell) -> {
                String column = columnAt.get(index);
                if (column == null) {
                    return;
                }
                if (cell.problem() != null) {
                    unreadable.put(column, cell.problem());
                } else if (cell.text() != null && !cell.text().isBlank()) {
                    values.put(column, cell.text().trim());
                }
            });
            rows.add(new SheetRow(sheet, number, values, unreadable));
        }

        private void header(Map<Integer, Cell> cells) {
            columnAt = new HashMap<>();
            Map<String, String> known = headers.get(sheet);
            cells.forEach((index, cell) -> {
                String column = cell.text() == null ? null : known.get(ImportSheet.folded(cell.text()));
                if (column != null && !columnAt.containsValue(column)) {
                    columnAt.put(index, column);
                }
            });
            for (String required : sheet.required()) {
                if (!columnAt.containsValue(required)) {
                    throw new ImportFileException("import.file.missingColumn", sheet.key(), required);
                }
            }
        }

        List<SheetRow> done() {
            if (columnAt == null) {
                throw new ImportFileException("import.file.noHeader", sheet.key());
            }
            return rows;
        }
    }

    /** SAX events of one sheet's XML ({@code <row><c r="B3" t="s" s="2"><v>7</v></c></row>}) to rows of cells. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Collector collector;
        private Map<Integer, Cell> cells;
        private int rowNumber;
        private int nextRow = 1;
        private int column;
        private String type;
        private String style;
        private boolean formula;
        private boolean collecting;
        private final StringBuilder value = new StringBuilder();

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, Collector collector) {
            this.strings = strings;
            this.styles = styles;
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? nextRow : Integer.parseInt(r);
                    cells = new LinkedHashMap<>();
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? cells.size() : columnIndex(ref);
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> collecting = true;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting && value.length() <= MAX_CELL) {
                value.append(ch, start, Math.min(length, MAX_CELL + 1 - value.length()));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "c" -> cells.put(column, cell());
                case "row" -> {
                    try {
                        collector.row(rowNumber, cells);
                    } catch (ImportFileException e) {
                        throw new SAXException(e);
                    }
                    nextRow = rowNumber + 1;
                }
                default -> {}
            }
        }

        private Cell cell() {
            if (formula) {
                return Cell.problem("import.cell.formula");
            }
            if ("e".equals(type)) {
                return Cell.problem("import.cell.error");
            }
            if (value.length() > MAX_CELL) {
                return Cell.problem("import.cell.tooLong");
            }
            String raw = value.toString();
            if ("s".equals(type)) {
                try {
                    String text =
                            strings.getItemAt(Integer.parseInt(raw.trim())).getString();
                    return text.length() > MAX_CELL ? Cell.problem("import.cell.tooLong") : new Cell(text, null);
                } catch (RuntimeException e) {
                    return Cell.problem("import.cell.error");
                }
            }
            if ("b".equals(type)) {
                return new Cell("1".equals(raw.trim()) ? "true" : "false", null);
            }
            if (type == null || "n".equals(type)) {
                return raw.isBlank() ? new Cell("", null) : number(raw.trim());
            }
            return new Cell(raw, null); // inlineStr, str
        }

        /** A number as text, or, in a date-formatted cell, the date as yyyy-MM-dd. */
        private Cell number(String raw) {
            try {
                double d = Double.parseDouble(raw);
                if (style != null && styles != null) {
                    XSSFCellStyle s = styles.getStyleAt(Integer.parseInt(style));
                    if (s != null
                            && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString())
                            && DateUtil.isValidExcelDate(d)) {
                        return new Cell(
                                DateUtil.getLocalDateTime(d).toLocalDate().toString(), null);
                    }
                }
                return new Cell(new BigDecimal(raw).stripTrailingZeros().toPlainString(), null);
            } catch (RuntimeException e) {
                return new Cell(raw, null);
            }
        }

        static int columnIndex(String ref) {
            int index = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return index - 1;
        }
    }
}

package vn.antq.models.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;
import vn.antq.models.evaluation.Indicators;
import vn.antq.models.model.Classification;
import vn.antq.models.model.HostType;
import vn.antq.models.model.ModelField;
import vn.antq.models.model.RetirementKind;

/** The summary as the file a province sends upward: Excel (three sheets) or CSV (the units' table). */
@Service
public class SummaryExport {

    private static final List<RetirementKind> RETIREMENTS = List.of(RetirementKind.RULE, RetirementKind.REQUEST);

    private final Messages messages;

    public SummaryExport(Messages messages) {
        this.messages = messages;
    }

    public void xlsx(Summary s, String madeBy, OutputStream out) throws IOException {
        try (ReportWorkbook book = new ReportWorkbook()) {
            List<String> heading = heading(s, madeBy);
            ReportWorkbook.Table units =
                    book.sheet(messages.get("report.sheet.units"), heading, unitColumns(), unitWidths());
            int no = 1;
            for (Summary child : s.children()) {
                units.row(unitRow(no++, child.unitName(), child).toArray());
            }
            units.total(unitRow(null, messages.get("report.total") + " (" + s.unitName() + ")", s)
                    .toArray());
            units.line(messages.get("report.note"));

            byKind(
                    book,
                    messages.get("report.sheet.fields"),
                    messages.get("report.fieldColumn"),
                    heading,
                    ModelField.values(),
                    s.byField(),
                    s);
            byKind(
                    book,
                    messages.get("report.sheet.hosts"),
                    messages.get("report.hostColumn"),
                    heading,
                    HostType.values(),
                    s.byHostType(),
                    s);
            book.write(out);
        }
    }

    /** The units' table, with a byte order mark so that Excel reads the diacritics as UTF-8. */
    public void csv(Summary s, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(
                writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        csv.printRecord(unitColumns());
        int no = 1;
        for (Summary child : s.children()) {
            csv.printRecord(unitRow(no++, child.unitName(), child));
        }
        csv.printRecord(unitRow(null, messages.get("report.total") + " (" + s.unitName() + ")", s));
        csv.flush();
    }

    private void byKind(
            ReportWorkbook book,
            String sheet,
            String column,
            List<String> heading,
            Enum<?>[] keys,
            Map<String, Summary.Running> counts,
            Summary s) {
        ReportWorkbook.Table table = book.sheet(
                sheet,
                heading,
                List.of(
                        messages.get("report.no"),
                        column,
                        messages.get("report.models"),
                        messages.get("report.points")),
                new int[] {6, 44, 14, 14});
        int no = 1;
        for (Enum<?> key : keys) {
            Summary.Running r = counts.get(key.name());
            table.row(no++, messages.label(key), r.models(), r.points());
        }
        table.total(null, messages.get("report.total") + " (" + s.unitName() + ")", s.models(), s.points());
    }

    private List<String> heading(Summary s, String madeBy) {
        return List.of(
                messages.get("report.title"),
                messages.get("report.unit", s.unitName()),
                messages.get("report.period", s.from().format(Clocks.VN_DATE), s.to().format(Clocks.VN_DATE)),
                messages.get("report.made", messages.timeOnDate(Clocks.now()), madeBy));
    }

    private List<String> unitColumns() {
        List<String> columns = new ArrayList<>(List.of(
                messages.get("report.no"),
                messages.get("report.unitColumn"),
                messages.get("report.models"),
                messages.get("report.points")));
        for (Classification c : Classification.values()) {
            columns.add(messages.get("field.classification") + " " + messages.label(c));
        }
        columns.add(messages.get("EvaluationOutcome.MISSED"));
        Indicators.KEYS.forEach(k -> columns.add(messages.fieldLabel(k)));
        RETIREMENTS.forEach(k -> columns.add(messages.label(k)));
        columns.add(messages.get("report.overdue"));
        return columns;
    }

    private static int[] unitWidths() {
        int[] widths =
                new int[4 + Classification.values().length + 1 + Indicators.KEYS.size() + RETIREMENTS.size() + 1];
        java.util.Arrays.fill(widths, 13);
        widths[0] = 6;
        widths[1] = 34;
        return widths;
    }

    private List<Object> unitRow(Integer no, String name, Summary s) {
        List<Object> row = new ArrayList<>(List.of(no == null ? "" : no, name, s.models(), s.points()));
        for (Classification c : Classification.values()) {
            row.add(s.classification().get(c.name()));
        }
        row.add(s.classification().get(MovementSummary.MISSED));
        Indicators.KEYS.forEach(k -> row.add(s.indicators().get(k)));
        RETIREMENTS.forEach(k -> row.add(s.retired().byReason().get(k.name())));
        row.add(s.overdueTasks());
        return row;
    }
}

package vn.antq.models.onboarding;

import java.util.Map;

/**
 * One data row of an import sheet, as read: the row number as Excel shows it (the header is row 1),
 * the text of each known column (empty cells left out), and the cells that could not be read as a
 * value at all (a formula, an error, text beyond the longest any field takes), by column.
 */
public record SheetRow(ImportSheet sheet, int row, Map<String, String> values, Map<String, String> unreadable) {

    public String get(String column) {
        return values.get(column);
    }
}

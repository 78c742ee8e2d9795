package vn.antq.models.onboarding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.antq.models.common.SearchText;

/**
 * The sheets of an import workbook and their columns (CONTRACT.md, "Registry import"), in the order
 * they are read: units first (officials and models name them), officials, then models (a point
 * names the model it replicates). A column is found by its key or by the template's Vietnamese
 * label ({@code import.<sheet>.<key>} in messages.properties), whatever the case and diacritics.
 */
public enum ImportSheet {
    UNITS("units", List.of("code", "name", "level", "parentCode", "twoTier"), List.of("code", "name", "level")),
    OFFICIALS(
            "officials",
            List.of("login", "fullName", "email", "unitCode", "role"),
            List.of("login", "fullName", "email", "unitCode")),
    MODELS(
            "models",
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
                    "name",
                    "field",
                    "hostType",
                    "unitCode",
                    "foundedOn",
                    "decisionNo",
                    "leaderName",
                    "leaderPhone",
                    "members"));

    private final String key;
    private final List<String> columns;
    private final List<String> required;

    ImportSheet(String key, List<String> columns, List<String> required) {
        this.key = key;
        this.columns = columns;
        this.required = required;
    }

    public String key() {
        return key;
    }

    public List<String> columns() {
        return columns;
    }

    /** Columns a sheet must have (a row may still leave an optional one empty). */
    public List<String> required() {
        return required;
    }

    /** The message key of a column's Vietnamese label. */
    public String labelKey(String column) {
        return "import." + key + "." + column;
    }

    /** The message key of the sheet's Vietnamese name, which the template uses as well as the key. */
    public String nameKey() {
        return "import.sheet." + key;
    }

    public static Optional<ImportSheet> byKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.trim().toLowerCase(Locale.ROOT);
        for (ImportSheet s : values()) {
            if (s.key.equals(k)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** How headers and sheet names are compared: NFC, no diacritics, no case, single spaces. */
    static String folded(String text) {
        return text == null ? "" : SearchText.fold(text).trim().replaceAll("\\s+", " ");
    }
}

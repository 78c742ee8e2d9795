package vn.antq.models.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;
import vn.antq.models.common.UserText;

/**
 * The days a report covers, from its parameters: {@code year} (a calendar year), {@code year} and
 * {@code half} (1: January to June, 2: July to December), or {@code from} and {@code to}; this year
 * when none is given.
 */
record ReportPeriod(LocalDate from, LocalDate to) {

    static ReportPeriod of(String year, String half, String from, String to, Messages messages) {
        year = blankToNull(year);
        half = blankToNull(half);
        from = blankToNull(from);
        to = blankToNull(to);
        if ((from != null || to != null) && (year != null || half != null)) {
            throw bad("year", "api.period.mixed", messages);
        }
        if (from != null || to != null) {
            if (from == null || to == null) {
                throw bad(from == null ? "from" : "to", "api.period.both", messages);
            }
            LocalDate f = date(from, "from", messages);
            LocalDate t = date(to, "to", messages);
            if (f.isAfter(t)) {
                throw bad("from", "api.period.fromAfterTo", messages);
            }
            if (f.getYear() < 1990 || t.getYear() > 2100) {
                throw bad(f.getYear() < 1990 ? "from" : "to", "api.period.year", messages);
            }
            return new ReportPeriod(f, t);
        }
        int y = Clocks.today().getYear();
        if (year != null) {
            try {
                y = Integer.parseInt(year);
            } catch (NumberFormatException e) {
                throw bad("year", "api.period.year", messages);
            }
            if (y < 1990 || y > 2100) {
                throw bad("year", "api.period.year", messages);
            }
        }
        if (half == null) {
            return new ReportPeriod(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        if (year == null || !(half.equals("1") || half.equals("2"))) {
            throw bad("half", "api.period.half", messages);
        }
        return half.equals("1")
                ? new ReportPeriod(LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30))
                : new ReportPeriod(LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31));
    }

    static LocalDate date(String value, String param, Messages messages) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw bad(param, "api.period.date", messages);
        }
    }

    private static String blankToNull(String value) {
        String v = UserText.normalise(value);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static ApiException bad(String param, String key, Messages messages) {
        return new ApiException(HttpStatus.BAD_REQUEST, param, messages.get("api.param", param, messages.get(key)));
    }
}

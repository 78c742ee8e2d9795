package vn.antq.models.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The movement's figures for one unit and period, as CONTRACT.md ("Supervision reports") names
 * them. {@code children} are the same figures for each unit directly below, without children of
 * their own (ask for a child to go further down); {@code null} in a child.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Summary(
        String unitCode,
        String unitName,
        String unitLevel,
        LocalDate from,
        LocalDate to,
        long models,
        long points,
        Map<String, Running> byField,
        Map<String, Running> byHostType,
        Map<String, Long> classification,
        Map<String, Long> indicators,
        Retired retired,
        long overdueTasks,
        List<Summary> children) {

    /** Distinct models and the places running them. */
    public record Running(long models, long points) {}

    public record Retired(long count, Map<String, Long> byReason) {}

    /** The level name of the whole country, above the provinces. */
    public static final String COUNTRY = "COUNTRY";
}

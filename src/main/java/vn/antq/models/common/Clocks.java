package vn.antq.models.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Time as the engine sees it, so that moving the engine clock in a test or demo moves the
 * application with it. Dates are Vietnamese calendar dates.
 */
public final class Clocks {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A date as officials write it: 09/12/2026. */
    public static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Clocks() {}

    /** Deadlines fall at the end of their day. */
    public static final java.time.LocalTime END_OF_DAY = java.time.LocalTime.of(23, 59);

    /** A Vietnamese calendar day at a time of day, as the engine's timers and due dates take it. */
    public static java.util.Date at(LocalDate day, java.time.LocalTime time) {
        return java.util.Date.from(day.atTime(time).atZone(VIETNAM).toInstant());
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), VIETNAM);
    }
}

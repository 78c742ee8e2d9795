package vn.antq.models.evaluation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The due dates of a model's evaluations: the first once the model has run long enough, then
 * yearly on the anniversary of its approval, so that the work spreads over the year; or, if
 * configured, every year on one fixed calendar day.
 */
@Service
public class EvaluationCalendar {

    private final EvaluationSettings settings;
    private final MonthDay fixedDay;

    public EvaluationCalendar(EvaluationSettings settings) {
        if (settings.interval().isZero() || settings.interval().isNegative()) {
            throw new IllegalArgumentException("antq.evaluation.interval must be positive");
        }
        this.settings = settings;
        this.fixedDay = settings.fixedDay() == null || settings.fixedDay().isBlank()
                ? null
                : MonthDay.parse("--" + settings.fixedDay().trim(), DateTimeFormatter.ofPattern("--MM-dd"));
    }

    /**
     * The next due date, but never before {@code notBefore}: a model brought in from an older registry
     * (founded years ago, last evaluated last year) is due on the first anniversary still ahead, not at
     * once with every other imported model.
     */
    public LocalDate dueDate(LocalDate approvedOn, Optional<LocalDate> previousDue, LocalDate notBefore) {
        LocalDate due = dueDate(approvedOn, previousDue);
        while (due.isBefore(notBefore)) {
            due = dueDate(approvedOn, Optional.of(due));
        }
        return due;
    }

    public LocalDate dueDate(LocalDate approvedOn, Optional<LocalDate> previousDue) {
        LocalDate earliest = approvedOn.plus(settings.firstAfter());
        if (fixedDay != null) {
            LocalDate after = previousDue
                    .map(d -> d.plusDays(1))
                    .filter(d -> d.isAfter(earliest))
                    .orElse(earliest);
            LocalDate candidate = fixedDay.atYear(after.getYear());
            return candidate.isBefore(after) ? fixedDay.atYear(after.getYear() + 1) : candidate;
        }
        if (previousDue.isEmpty()) {
            return earliest;
        }
        LocalDate previous = previousDue.get();
        for (int k = 1; ; k++) {
            LocalDate anniversary = approvedOn.plus(settings.interval().multipliedBy(k));
            if (anniversary.isAfter(previous)) {
                return anniversary;
            }
        }
    }

    public LocalDate reportDeadline(LocalDate due) {
        return due.plus(settings.reportWithin());
    }
}

package vn.antq.models.reminder;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;

/**
 * Due and follow-up dates of user tasks, used in the BPMN:
 * {@code camunda:dueDate="${taskDates.due('ReviewByDistrict')}"}. The reminders follow from the due
 * date ({@link ReminderSweep}).
 */
@Component("taskDates")
public class TaskDates {

    private final ReminderSettings settings;

    public TaskDates(ReminderSettings settings) {
        this.settings = settings;
    }

    /** Now plus the configured time for this kind of task. */
    public Date due(String taskKey) {
        return Date.from(zoned(Clocks.now()).plus(settings.dueFor(taskKey)).toInstant());
    }

    public Date followUp(String taskKey) {
        return followUpBefore(due(taskKey));
    }

    /** The follow-up date for a task due at {@code due}: some days before, never before now. */
    public Date followUpBefore(Date due) {
        return notBeforeNow(
                zoned(due.toInstant()).minus(settings.followUpBefore()).toInstant());
    }

    private static ZonedDateTime zoned(Instant i) {
        return i.atZone(Clocks.VIETNAM);
    }

    private static Date notBeforeNow(Instant i) {
        Instant now = Clocks.now();
        return Date.from(i.isBefore(now) ? now : i);
    }
}

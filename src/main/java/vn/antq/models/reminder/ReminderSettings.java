package vn.antq.models.reminder;

import java.time.Duration;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Due dates of tasks and the reminders about them ({@code antq.reminders.*}; how the e-mails leave is
 * {@code MailSettings}, under the same prefix).
 *
 * @param due             how long each kind of task may take, by task id (ReviewByDistrict=P10D)
 * @param followUpBefore  the follow-up date Tasklist shows, this long before the due date
 * @param beforeDue       the first reminder, this long before the due date
 * @param escalateAfter   the next level up is told when a task is this long overdue
 * @param digestCron      when the daily digest goes out (Quartz cron, Vietnamese time of the server)
 * @param sweepEvery      how often the process "Nhắc việc" looks for reminders that fell due
 * @param sweepBatch      how many reminders one step of a sweep sends before the next step (a job of its own)
 * @param beforeDueOnly   tasks that end at their due date (an interrupting deadline): only the reminder before it
 */
@ConfigurationProperties("antq.reminders")
public record ReminderSettings(
        Map<String, Period> due,
        @DefaultValue("P3D") Period followUpBefore,
        @DefaultValue("P2D") Period beforeDue,
        @DefaultValue("P3D") Period escalateAfter,
        @DefaultValue("0 0 7 * * ?") String digestCron,
        @DefaultValue("PT5M") Duration sweepEvery,
        @DefaultValue("500") int sweepBatch,
        Set<String> beforeDueOnly) {

    /** Default time a task may take when its id is not configured. */
    public static final Period DEFAULT_DUE = Period.ofDays(10);

    public Period dueFor(String taskKey) {
        return due == null ? DEFAULT_DUE : due.getOrDefault(taskKey, DEFAULT_DUE);
    }
}

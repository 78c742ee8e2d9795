package vn.antq.models.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.models.common.Clocks;
import vn.antq.models.mail.MailKind;

/**
 * The reminders of every waiting task, declared once: the process "Nhắc việc" (task-reminders)
 * runs {@link #step} every {@code antq.reminders.sweep-every}. A step finds, through the index on
 * the tasks' due date, the open tasks whose reminder has fallen due by the settings as they are now
 * (before-due ahead of the due date, overdue at it, escalation escalate-after past it), tells each
 * task's recipients as they are now (a task moved to another unit is reminded there), and writes a
 * {@code task_reminder} row beside the e-mails. A step takes the {@code reminder_sweep} row first,
 * so two sweeps (a slow one and the next, or one on each server) never work at once, and the second
 * finds the first one's rows: nobody is told twice. A step sends at most {@code sweep-batch}
 * reminders of each kind; the process runs the next step as a job of its own while more remain.
 */
@Component("reminderSweep")
public class ReminderSweep {

    /** What one step did; {@code more} when a kind had more reminders due than one step sends. */
    public record Swept(int reminders, int mails, boolean more) {}

    /**
     * The model a task is about is its process's business key, or for a replication campaign (whose
     * key is the campaign's code) the process variable {@code sourceCode}.
     */
    private static final String DUE =
            "select t.id_, t.name_, t.assignee_, t.due_date_, coalesce(v.text_, e.business_key_) "
                    + "from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_ "
                    + "left join act_ru_variable v on v.execution_id_ = t.proc_inst_id_ and v.name_ = 'sourceCode' "
                    + "where t.due_date_ <= ? and t.suspension_state_ = 1 %s "
                    + "and not exists (select 1 from task_reminder r where r.task_id = t.id_ and r.kind = ?) "
                    + "order by t.due_date_, t.id_ limit ?";

    private final ReminderSettings settings;
    private final TaskReminders reminders;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public ReminderSweep(
            ReminderSettings settings,
            TaskReminders reminders,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.settings = settings;
        this.reminders = reminders;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The service task "Quét việc đến hạn nhắc": one step, in the job's transaction; sets {@code more}. */
    public void step(DelegateExecution execution) {
        Swept swept = step();
        execution.setVariable("more", swept.more());
        execution.setVariable("reminders", swept.reminders());
    }

    /** Every step until nothing more is due, each in a transaction of its own (as the process would run them). */
    public Swept sweepNow() {
        int reminded = 0;
        int mails = 0;
        Swept swept;
        do {
            swept = tx.execute(s -> step());
            reminded += swept.reminders();
            mails += swept.mails();
        } while (swept.more());
        return new Swept(reminded, mails, false);
    }

    /** One step; must run in a transaction (it holds the sweep's row until it ends). */
    Swept step() {
        jdbc.queryForList("select id from reminder_sweep where id = 1 for update", Integer.class);
        Instant now = Clocks.now();
        forgetEndedTasks();
        int reminded = 0;
        int mails = 0;
        boolean more = false;
        for (MailKind kind : List.of(MailKind.BEFORE_DUE, MailKind.OVERDUE, MailKind.ESCALATION)) {
            List<TaskReminders.WaitingTask> due = dueFor(kind, now);
            for (TaskReminders.WaitingTask task : due) {
                mails += reminders.remind(task, kind);
                jdbc.update(
                        "insert into task_reminder (task_id, kind, swept_at) values (?, ?, ?)",
                        task.id(),
                        kind.name(),
                        Timestamp.from(now));
                reminded++;
            }
            more |= due.size() >= settings.sweepBatch();
        }
        jdbc.update("update reminder_sweep set last_swept = ? where id = 1", Timestamp.from(now));
        return new Swept(reminded, mails, more);
    }

    /** The tasks whose {@code kind} of reminder is due at {@code now} and was not sent. */
    private List<TaskReminders.WaitingTask> dueFor(MailKind kind, Instant now) {
        ZonedDateTime at = now.atZone(Clocks.VIETNAM);
        Instant dueBefore = switch (kind) {
            case BEFORE_DUE -> at.plus(settings.beforeDue()).toInstant();
            case OVERDUE -> now;
            case ESCALATION -> at.minus(settings.escalateAfter()).toInstant();
            default -> throw new IllegalArgumentException(kind.name());
        };
        List<String> only = kind == MailKind.BEFORE_DUE || settings.beforeDueOnly() == null
                ? List.of()
                : List.copyOf(settings.beforeDueOnly());
        String skip = only.isEmpty()
                ? ""
                : "and t.task_def_key_ not in ("
                        + String.join(",", only.stream().map(k -> "?").toList()) + ")";
        List<Object> args = new ArrayList<>();
        args.add(Timestamp.from(dueBefore));
        args.addAll(only);
        args.add(kind.name());
        args.add(settings.sweepBatch());
        List<Object[]> rows = jdbc.query(
                DUE.formatted(skip),
                (rs, i) -> new Object[] {
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4), rs.getString(5)
                },
                args.toArray());
        Map<String, List<String>> groups =
                candidateGroups(rows.stream().map(r -> (String) r[0]).toList());
        List<TaskReminders.WaitingTask> tasks = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            tasks.add(new TaskReminders.WaitingTask(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    new Date(((Timestamp) r[3]).getTime()),
                    groups.getOrDefault((String) r[0], List.of()),
                    (String) r[4]));
        }
        return tasks;
    }

    /** The candidate groups of the tasks, in one query. */
    private Map<String, List<String>> candidateGroups(List<String> taskIds) {
        Map<String, List<String>> groups = new HashMap<>();
        if (!taskIds.isEmpty()) {
            jdbc.query(
                    "select task_id_, group_id_ from act_ru_identitylink where type_ = 'candidate' and group_id_ is not null "
                            + "and task_id_ in ("
                            + String.join(",", taskIds.stream().map(t -> "?").toList())
                            + ") order by task_id_, group_id_",
                    rs -> {
                        groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(rs.getString(2));
                    },
                    taskIds.toArray());
        }
        return groups;
    }

    /** The rows of tasks that have ended (completed, cancelled, their process gone) are of no more use. */
    private void forgetEndedTasks() {
        List<String> ended = jdbc.queryForList(
                "select distinct r.task_id from task_reminder r where not exists "
                        + "(select 1 from act_ru_task t where t.id_ = r.task_id) limit 1000",
                String.class);
        if (!ended.isEmpty()) {
            jdbc.update(
                    "delete from task_reminder where task_id in ("
                            + String.join(",", ended.stream().map(t -> "?").toList()) + ")",
                    ended.toArray());
        }
    }
}

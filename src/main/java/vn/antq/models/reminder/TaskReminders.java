package vn.antq.models.reminder;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Messages;
import vn.antq.models.mail.MailComposer;
import vn.antq.models.mail.MailKind;
import vn.antq.models.mail.MailQueue;
import vn.antq.models.mail.Recipients;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.notification.NotificationKind;
import vn.antq.models.notification.Notifications;
import vn.antq.models.unit.UnitGroups;
import vn.antq.models.unit.UnitHierarchy;

/**
 * One reminder of one waiting task: who is told (the assignee, or the members of the task's
 * candidate groups as they are now; for an escalation the unit above), and the e-mail each of them
 * gets, queued once per recipient. {@link ReminderSweep} decides when.
 */
@Component
public class TaskReminders {

    /** A waiting task as a reminder needs it; {@code modelCode} is the model the task is about. */
    public record WaitingTask(
            String id, String name, String assignee, Date due, List<String> candidateGroups, String modelCode) {}

    private final Recipients recipients;
    private final MailQueue queue;
    private final MailComposer composer;
    private final Messages messages;
    private final ModelRepository models;
    private final UnitHierarchy units;
    private final Notifications notifications;
    private final String baseUrl;

    public TaskReminders(
            Recipients recipients,
            MailQueue queue,
            MailComposer composer,
            Messages messages,
            ModelRepository models,
            UnitHierarchy units,
            Notifications notifications,
            @Value("${antq.public-base-url}") String baseUrl) {
        this.recipients = recipients;
        this.queue = queue;
        this.composer = composer;
        this.messages = messages;
        this.models = models;
        this.units = units;
        this.notifications = notifications;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Tasklist's link to the task. */
    public String taskLink(String taskId) {
        return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    /** @return how many e-mails were queued (none for a recipient told before, or without an address) */
    int remind(WaitingTask task, MailKind kind) {
        List<User> to;
        String taskUnit = task.candidateGroups().stream().findFirst().orElse(null);
        String unitName = taskUnit == null
                ? ""
                : units.find(taskUnit).map(u -> u.getName()).orElse(taskUnit);
        if (kind == MailKind.ESCALATION) {
            String group = recipients.escalationGroup(task.candidateGroups()).orElse(null);
            if (group == null) {
                return 0;
            }
            to = recipients.membersOf(List.of(group));
            units.find(group)
                    .or(() -> units.find(UnitGroups.unitOfSupervisionGroup(group)))
                    .ifPresent(u -> notifications.record(
                            u.getCode(),
                            task.modelCode(),
                            NotificationKind.ESCALATION,
                            task.name(),
                            unitName,
                            formatDue(task.due())));
        } else {
            to = recipients.of(task.assignee(), task.candidateGroups());
        }
        Map<String, Object> model = model(task, kind, unitName);
        String subject = messages.get("mail.subject." + kind.name(), task.name(), model.get("modelCode"));
        model.put("subject", subject);
        MailComposer.Rendered body = composer.render("reminder", model);
        int queued = 0;
        for (User user : to) {
            queued += queue.queue(
                                    task.id() + ":" + kind + ":" + user.getId(),
                                    kind,
                                    user,
                                    subject,
                                    body,
                                    (String) model.get("modelCode"),
                                    task.id())
                            .isPresent()
                    ? 1
                    : 0;
        }
        return queued;
    }

    private Map<String, Object> model(WaitingTask task, MailKind kind, String unitName) {
        String code = task.modelCode();
        SecurityModel model = code == null ? null : models.findById(code).orElse(null);
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind.name());
        m.put("taskName", task.name());
        m.put("modelCode", code == null ? "" : code);
        m.put("modelName", model == null ? "" : model.getName());
        m.put("unitName", unitName);
        m.put("due", formatDue(task.due()));
        m.put("link", taskLink(task.id()));
        m.put("intro", messages.get("mail.intro." + kind.name()));
        return m;
    }

    private String formatDue(Date due) {
        return due == null ? "" : messages.timeOnDate(due.toInstant());
    }
}

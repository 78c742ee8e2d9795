package vn.antq.models.reminder;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.notification.Notifications;
import vn.antq.models.unit.UnitHierarchy;

/**
 * The reminders of a waiting task, as timeout task listeners in the BPMN:
 * {@code <camunda:taskListener event="timeout" delegateExpression="${reminders.listener('OVERDUE')}">}.
 * Each runs as a timer job, outside any official's transaction, and queues one e-mail per recipient.
 * A completed or cancelled task takes its timers with it, so it never sends another reminder.
 */
@Component("reminders")
public class TaskReminders {

  private static final DateTimeFormatter VN_DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  private final Recipients recipients;
  private final MailQueue queue;
  private final MailComposer composer;
  private final Messages messages;
  private final ModelRepository models;
  private final UnitHierarchy units;
  private final Notifications notifications;
  private final String baseUrl;

  public TaskReminders(Recipients recipients, MailQueue queue, MailComposer composer, Messages messages,
      ModelRepository models, UnitHierarchy units, Notifications notifications,
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

  public TaskListener listener(String kind) {
    ReminderKind k = ReminderKind.valueOf(kind);
    return task -> remind(task, k);
  }

  /** Tasklist's link to the task. */
  public String taskLink(String taskId) {
    return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  void remind(DelegateTask task, ReminderKind kind) {
    List<User> to;
    String unitName;
    if (kind == ReminderKind.ESCALATION) {
      String group = recipients.escalationGroup(task).orElse(null);
      if (group == null) {
        return;
      }
      to = recipients.membersOf(List.of(group));
      String taskUnit = recipients.candidateGroups(task).stream().findFirst().orElse(null);
      unitName = taskUnit == null ? "" : units.find(taskUnit).map(u -> u.getName()).orElse(taskUnit);
      units.find(group).or(() -> units.find(vn.antq.models.unit.UnitGroups.unitOfSupervisionGroup(group)))
          .ifPresent(u -> notifications.record(u.getCode(), modelCode(task), "escalation", task.getName(), unitName,
              formatDue(task)));
    } else {
      to = recipients.of(task);
      unitName = recipients.candidateGroups(task).stream().findFirst()
          .flatMap(units::find).map(u -> u.getName()).orElse("");
    }
    Map<String, Object> model = model(task, kind, unitName);
    String subject = messages.get("mail.subject." + kind.name(), task.getName(), model.get("modelCode"));
    model.put("subject", subject);
    MailComposer.Rendered body = composer.render("reminder", model);
    for (User user : to) {
      queue.queue(task.getId() + ":" + kind + ":" + user.getId(), kind, user, subject, body, (String) model.get("modelCode"),
          task.getId());
    }
  }

  private Map<String, Object> model(DelegateTask task, ReminderKind kind, String unitName) {
    String code = modelCode(task);
    SecurityModel model = code == null ? null : models.findById(code).orElse(null);
    Map<String, Object> m = new HashMap<>();
    m.put("kind", kind.name());
    m.put("taskName", task.getName());
    m.put("modelCode", code == null ? "" : code);
    m.put("modelName", model == null ? "" : model.getName());
    m.put("unitName", unitName);
    m.put("due", formatDue(task));
    m.put("link", taskLink(task.getId()));
    m.put("intro", messages.get("mail.intro." + kind.name()));
    return m;
  }

  /** The model a task is about: the business key, or for a replication campaign its source model. */
  private String modelCode(DelegateTask task) {
    Object source = task.getVariable("sourceCode");
    if (source instanceof String s) {
      return s;
    }
    return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
  }

  private String formatDue(DelegateTask task) {
    return task.getDueDate() == null ? "" : VN_DATE_TIME.format(task.getDueDate().toInstant().atZone(Clocks.VIETNAM));
  }
}

package vn.antq.models.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;
import vn.antq.models.mail.MailComposer;
import vn.antq.models.mail.MailKind;
import vn.antq.models.mail.MailQueue;
import vn.antq.models.mail.Recipients;
import vn.antq.models.unit.UnitGroups;

/**
 * Tells a unit's officials something: the record is kept (and readable in the registry), and every
 * member of the unit's group gets it by e-mail.
 */
@Service
public class Notifications {

    private final NotificationRepository notifications;
    private final Messages messages;
    private final Recipients recipients;
    private final MailComposer composer;
    private final MailQueue mail;

    public Notifications(
            NotificationRepository notifications,
            Messages messages,
            Recipients recipients,
            MailComposer composer,
            MailQueue mail) {
        this.notifications = notifications;
        this.messages = messages;
        this.recipients = recipients;
        this.composer = composer;
        this.mail = mail;
    }

    /** Subject and body come from {@code notification.<kind key>.subject|body} with {@code args}. */
    public void tell(String unitCode, String modelCode, NotificationKind kind, Object... args) {
        Notification n = record(unitCode, modelCode, kind, args);
        Map<String, Object> model = new HashMap<>();
        model.put("subject", n.getSubject());
        model.put("body", n.getBody());
        model.put("modelCode", modelCode == null ? "" : modelCode);
        MailComposer.Rendered body = composer.render("notification", model);
        List<User> members = recipients.membersOf(List.of(UnitGroups.actorGroup(unitCode)));
        for (User user : members) {
            mail.queue(
                    "notification:" + n.getId() + ":" + user.getId(),
                    MailKind.NOTIFICATION,
                    user,
                    n.getSubject(),
                    body,
                    modelCode,
                    null);
        }
    }

    /** Keeps the record only; for what is already e-mailed another way (an escalation reminder). */
    public Notification record(String unitCode, String modelCode, NotificationKind kind, Object... args) {
        return notifications.saveAndFlush(new Notification(
                modelCode,
                unitCode,
                kind.key(),
                messages.get("notification." + kind.key() + ".subject", args),
                messages.get("notification." + kind.key() + ".body", args),
                Clocks.now()));
    }
}

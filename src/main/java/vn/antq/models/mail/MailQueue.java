package vn.antq.models.mail;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.security.Privileged;

/**
 * Queues an e-mail: written to the outbox once (a second call with the same key does nothing),
 * then either held for the recipient's daily digest or handed to a {@code mail-delivery} instance,
 * whose job sends it with retries and, when they run out, an incident in Cockpit.
 */
@Service
public class MailQueue {

    private final OutboxRepository outbox;
    private final RuntimeService runtime;
    private final ReminderPreferences preferences;

    public MailQueue(OutboxRepository outbox, RuntimeService runtime, ReminderPreferences preferences) {
        this.outbox = outbox;
        this.runtime = runtime;
        this.preferences = preferences;
    }

    /** @return the message, or empty when the recipient has no e-mail address or it was queued before */
    public java.util.Optional<OutboxMail> queue(
            String dedupeKey,
            MailKind kind,
            User recipient,
            String subject,
            MailComposer.Rendered body,
            String modelCode,
            String taskId) {
        if (recipient.getEmail() == null || recipient.getEmail().isBlank() || outbox.existsByDedupeKey(dedupeKey)) {
            return java.util.Optional.empty();
        }
        boolean digest = (kind == MailKind.BEFORE_DUE || kind == MailKind.OVERDUE)
                && preferences.of(recipient.getId()) == ReminderPreferences.Mode.DIGEST;
        OutboxMail mail = outbox.saveAndFlush(new OutboxMail(
                dedupeKey,
                kind,
                recipient.getId(),
                recipient.getEmail(),
                subject,
                body.html(),
                body.text(),
                modelCode,
                taskId,
                digest ? OutboxMail.Status.QUEUED : OutboxMail.Status.PENDING,
                Clocks.now()));
        if (!digest) {
            deliver(mail);
        }
        return java.util.Optional.of(mail);
    }

    /** Starts the delivery job of a pending message. */
    public void deliver(OutboxMail mail) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("outboxId", mail.getId());
        variables.put("recipient", mail.getRecipientLogin());
        variables.put("subject", mail.getSubject());
        variables.put("modelCode", mail.getModelCode());
        Privileged.run(
                () -> runtime.startProcessInstanceByKey(ProcessIds.MAIL_DELIVERY, "MAIL-" + mail.getId(), variables));
    }
}

package vn.antq.models.reminder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;
import vn.antq.models.mail.MailComposer;
import vn.antq.models.mail.MailKind;
import vn.antq.models.mail.MailQueue;
import vn.antq.models.mail.OutboxMail;
import vn.antq.models.mail.OutboxRepository;
import vn.antq.models.security.Privileged;

/**
 * "Gửi thư tổng hợp hằng ngày": for every official who chose the daily digest, the reminders held
 * since the last digest go out as one e-mail.
 */
@Component("sendDigests")
public class SendDigestsDelegate implements JavaDelegate {

    private final OutboxRepository outbox;
    private final MailQueue queue;
    private final MailComposer composer;
    private final Messages messages;
    private final IdentityService identity;

    public SendDigestsDelegate(
            OutboxRepository outbox,
            MailQueue queue,
            MailComposer composer,
            Messages messages,
            IdentityService identity) {
        this.outbox = outbox;
        this.queue = queue;
        this.composer = composer;
        this.messages = messages;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, List<OutboxMail>> byRecipient = new LinkedHashMap<>();
        for (OutboxMail m : outbox.findByStatusOrderByRecipientLoginAscCreatedAtAsc(OutboxMail.Status.QUEUED)) {
            byRecipient
                    .computeIfAbsent(m.getRecipientLogin(), k -> new ArrayList<>())
                    .add(m);
        }
        String day = Clocks.today().toString();
        byRecipient.forEach((login, items) -> {
            User user = Privileged.call(
                    () -> identity.createUserQuery().userId(login).singleResult());
            if (user == null) {
                return;
            }
            String subject = messages.get(
                    "mail.subject.DIGEST", items.size(), Clocks.today().format(Clocks.VN_DATE));
            MailComposer.Rendered body = composer.render("digest", Map.of("subject", subject, "items", items));
            queue.queue(
                            "digest:" + login + ":" + day + ":"
                                    + items.get(items.size() - 1).getId(),
                            MailKind.DIGEST,
                            user,
                            subject,
                            body,
                            null,
                            null)
                    .ifPresent(digest -> items.forEach(i -> i.digested(digest.getId())));
        });
    }
}

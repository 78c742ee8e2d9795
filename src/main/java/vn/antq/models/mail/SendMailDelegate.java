package vn.antq.models.mail;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;

/**
 * "Gửi thư điện tử": one message of the outbox. A message already SENT is not sent again, so an
 * operator's retry after a success, or a job run twice, sends nothing twice; a failure leaves the
 * message PENDING and the job retries, then becomes an incident.
 */
@Component("sendMail")
public class SendMailDelegate implements JavaDelegate {

    private final OutboxRepository outbox;
    private final MailTransport transport;

    public SendMailDelegate(OutboxRepository outbox, MailTransport transport) {
        this.outbox = outbox;
        this.transport = transport;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OutboxMail mail = outbox.findById(((Number) execution.getVariable("outboxId")).longValue())
                .orElseThrow();
        if (mail.getStatus() == OutboxMail.Status.SENT) {
            return;
        }
        transport.send(mail);
        mail.sent(Clocks.now());
    }
}

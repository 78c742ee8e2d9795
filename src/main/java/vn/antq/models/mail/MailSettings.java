package vn.antq.models.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How e-mail leaves the outbox. The keys keep their {@code antq.reminders.*} names, under which
 * installations already set them; the reminders' own periods are in {@code ReminderSettings}.
 *
 * @param retryCycle how a failed e-mail is retried before it becomes an incident
 * @param dropFolder with no SMTP server configured, e-mails are written here as .eml files
 * @param from       sender address
 */
@ConfigurationProperties("antq.reminders")
public record MailSettings(
        @DefaultValue("R5/PT5M") String retryCycle,
        @DefaultValue("data/mail-outbox") String dropFolder,
        @DefaultValue("antq-models@localhost") String from) {}

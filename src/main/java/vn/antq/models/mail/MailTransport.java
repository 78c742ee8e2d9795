package vn.antq.models.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Messages;

/**
 * Sends one e-mail: through the configured SMTP server ({@code spring.mail.host}), or, where none is
 * configured (the default run), into the drop folder as an .eml file that any mail program opens.
 */
@Component
public class MailTransport {

    private static final Logger LOG = LoggerFactory.getLogger(MailTransport.class);

    private final JavaMailSender smtp;
    private final MailSettings settings;
    private final Messages messages;

    public MailTransport(ObjectProvider<JavaMailSender> smtp, MailSettings settings, Messages messages) {
        this.smtp = smtp.getIfAvailable();
        this.settings = settings;
        this.messages = messages;
    }

    public void send(OutboxMail mail) {
        try {
            MimeMessage message =
                    smtp != null ? smtp.createMimeMessage() : new MimeMessage(Session.getInstance(new Properties()));
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(mail.getRecipientEmail());
            helper.setSubject(mail.getSubject());
            helper.setText(mail.getTextBody(), mail.getHtmlBody());
            message.setHeader("X-Antq-Outbox-Id", String.valueOf(mail.getId()));
            if (smtp != null) {
                smtp.send(message);
            } else {
                drop(message, mail);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(
                    "Could not send e-mail " + mail.getId() + " to " + mail.getRecipientEmail(), e);
        }
    }

    private void drop(MimeMessage message, OutboxMail mail) throws IOException, MessagingException {
        Path folder = Path.of(settings.dropFolder());
        Files.createDirectories(folder);
        Path file = folder.resolve("%06d-%s.eml".formatted(mail.getId(), mail.getRecipientLogin()));
        message.saveChanges();
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
        // the same message as plain text, for reading without a mail program
        Files.writeString(
                folder.resolve(file.getFileName().toString().replace(".eml", ".txt")),
                messages.get("mail.dropped", mail.getRecipientEmail(), mail.getSubject()) + "\n\n" + mail.getTextBody(),
                java.nio.charset.StandardCharsets.UTF_8);
        LOG.info(
                "No SMTP server configured: e-mail {} to {} written to {}",
                mail.getId(),
                mail.getRecipientEmail(),
                file.toAbsolutePath());
    }
}

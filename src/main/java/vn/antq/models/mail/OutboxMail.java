package vn.antq.models.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An e-mail as written before delivery; its dedupe key makes queueing it twice a no-op. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    public enum Status {
        /** Waiting for the recipient's daily digest. */
        QUEUED,
        /** A delivery job will send it. */
        PENDING,
        SENT,
        /** Sent as part of a digest. */
        DIGESTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedupe_key")
    private String dedupeKey;

    @Enumerated(EnumType.STRING)
    private MailKind kind;

    @Column(name = "recipient_login")
    private String recipientLogin;

    @Column(name = "recipient_email")
    private String recipientEmail;

    private String subject;

    @Column(name = "html_body")
    private String htmlBody;

    @Column(name = "text_body")
    private String textBody;

    @Column(name = "model_code")
    private String modelCode;

    @Column(name = "task_id")
    private String taskId;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "digest_id")
    private Long digestId;

    protected OutboxMail() {}

    public OutboxMail(
            String dedupeKey,
            MailKind kind,
            String recipientLogin,
            String recipientEmail,
            String subject,
            String htmlBody,
            String textBody,
            String modelCode,
            String taskId,
            Status status,
            Instant createdAt) {
        this.dedupeKey = dedupeKey;
        this.kind = kind;
        this.recipientLogin = recipientLogin;
        this.recipientEmail = recipientEmail;
        this.subject = subject;
        this.htmlBody = htmlBody;
        this.textBody = textBody;
        this.modelCode = modelCode;
        this.taskId = taskId;
        this.status = status;
        this.createdAt = createdAt;
    }

    public void sent(Instant at) {
        this.status = Status.SENT;
        this.sentAt = at;
    }

    public void digested(Long digestId) {
        this.status = Status.DIGESTED;
        this.digestId = digestId;
    }

    public Long getId() {
        return id;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getRecipientLogin() {
        return recipientLogin;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getSubject() {
        return subject;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getModelCode() {
        return modelCode;
    }

    public String getTaskId() {
        return taskId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}

package vn.antq.models.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something a unit's officials are told, kept so that it can be read and delivered. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "model_code")
    private String modelCode;

    @Column(name = "unit_code")
    private String unitCode;

    private String kind;

    private String subject;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Notification() {}

    public Notification(
            String modelCode, String unitCode, String kind, String subject, String body, Instant createdAt) {
        this.modelCode = modelCode;
        this.unitCode = unitCode;
        this.kind = kind;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getModelCode() {
        return modelCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package vn.antq.models.yearend;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.antq.models.model.Classification;

/** One classification of a sitting of "Xếp loại cuối năm": what the official chose, and what became of it. */
@Entity
@Table(name = "year_end_row")
public class YearEndRow {

    /** What became of a row. */
    public enum Status {
        /** Chosen, not yet submitted: the sitting is still open. */
        DRAFT,
        /** Submitted: its completion is waiting for its turn. */
        QUEUED,
        /** The classification was completed with this class. */
        DONE,
        /** The check refused it ({@code message} says why); the classification is still waiting. */
        REFUSED,
        /** Someone else completed it first, or its evaluation ended. */
        GONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "task_id")
    private String taskId;

    @Column(name = "model_code")
    private String modelCode;

    @Enumerated(EnumType.STRING)
    private Classification classification;

    private String reason;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String message;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected YearEndRow() {}

    public YearEndRow(
            String processInstanceId,
            String taskId,
            String modelCode,
            Classification classification,
            String reason,
            String decidedBy,
            Instant at) {
        this.processInstanceId = processInstanceId;
        this.taskId = taskId;
        this.modelCode = modelCode;
        this.classification = classification;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.status = Status.DRAFT;
        this.updatedAt = at;
    }

    void queue(Instant at) {
        status = Status.QUEUED;
        updatedAt = at;
    }

    void done(Instant at) {
        end(Status.DONE, null, at);
    }

    void refused(String why, Instant at) {
        end(Status.REFUSED, why, at);
    }

    void gone(String why, Instant at) {
        end(Status.GONE, why, at);
    }

    private void end(Status s, String why, Instant at) {
        status = s;
        message = why == null || why.length() <= 2000 ? why : why.substring(0, 2000);
        updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getModelCode() {
        return modelCode;
    }

    public Classification getClassification() {
        return classification;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

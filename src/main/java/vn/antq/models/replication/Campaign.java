package vn.antq.models.replication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A replication campaign (đợt nhân rộng): one effective model rolled out to chosen communes. */
@Entity
@Table(name = "replication_campaign")
public class Campaign {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    @Id
    private String code;

    @Column(name = "source_code")
    private String sourceCode;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    private LocalDate deadline;

    private String status;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected Campaign() {}

    public Campaign(
            String code,
            String sourceCode,
            String unitCode,
            String startedBy,
            Instant startedAt,
            LocalDate deadline,
            String processInstanceId) {
        this.code = code;
        this.sourceCode = sourceCode;
        this.unitCode = unitCode;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.processInstanceId = processInstanceId;
        this.status = OPEN;
    }

    public void close() {
        this.status = CLOSED;
    }

    public String getCode() {
        return code;
    }

    public String getSourceCode() {
        return sourceCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}

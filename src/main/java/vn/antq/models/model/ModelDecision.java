package vn.antq.models.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a model's decision history: who decided what, when, at which step, and why. */
@Entity
@Table(name = "model_decision")
public class ModelDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "model_code")
    private String modelCode;

    /** The BPMN activity id of the step, e.g. {@code ReviewByDistrict}. */
    private String step;

    private String outcome;

    private String reason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "task_id")
    private String taskId;

    /** The absent official a stand-in decided for, or null. */
    @Column(name = "on_behalf_of")
    private String onBehalfOf;

    protected ModelDecision() {}

    public void onBehalfOf(String login) {
        this.onBehalfOf = login;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public ModelDecision(
            String modelCode,
            String step,
            String outcome,
            String reason,
            String decidedBy,
            Instant decidedAt,
            String processInstanceId,
            String taskId) {
        this.modelCode = modelCode;
        this.step = step;
        this.outcome = outcome;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.processInstanceId = processInstanceId;
        this.taskId = taskId;
    }

    public Long getId() {
        return id;
    }

    public String getModelCode() {
        return modelCode;
    }

    public String getStep() {
        return step;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getTaskId() {
        return taskId;
    }
}

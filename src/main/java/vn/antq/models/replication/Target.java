package vn.antq.models.replication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One target commune of a campaign and its answer. */
@Entity
@Table(name = "replication_target")
public class Target {

    public enum Outcome {
        PENDING,
        ACCEPTED,
        DECLINED,
        NO_ANSWER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_code")
    private String campaignCode;

    @Column(name = "unit_code")
    private String unitCode;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String reason;

    @Column(name = "point_code")
    private String pointCode;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** The multi-instance execution that asks this commune: how an answer finds its target. */
    @Column(name = "execution_id")
    private String executionId;

    protected Target() {}

    public Target(String campaignCode, String unitCode) {
        this.campaignCode = campaignCode;
        this.unitCode = unitCode;
        this.outcome = Outcome.PENDING;
    }

    public void askedBy(String executionId) {
        this.executionId = executionId;
    }

    public void accept(String pointCode, String by, Instant at) {
        this.outcome = Outcome.ACCEPTED;
        this.pointCode = pointCode;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public void decline(String reason, String by, Instant at) {
        this.outcome = Outcome.DECLINED;
        this.reason = reason;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public void noAnswer(Instant at) {
        this.outcome = Outcome.NO_ANSWER;
        this.answeredAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getCampaignCode() {
        return campaignCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getPointCode() {
        return pointCode;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}

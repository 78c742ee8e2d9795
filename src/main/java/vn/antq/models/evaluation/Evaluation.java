package vn.antq.models.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.antq.models.model.Classification;

/**
 * One evaluation cycle of a model, written step by step by the cycle's own process instance: the
 * schedule, the commune's report, the rule's and the district's proposals, the province's class.
 */
@Entity
@Table(name = "model_evaluation")
public class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "model_code")
    private String modelCode;

    @Column(name = "cycle_no")
    private int cycleNo;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "report_deadline")
    private LocalDate reportDeadline;

    /** The first day the cycle's indicators cover: the day after the previous cycle's period, or the approval. */
    @Column(name = "period_from")
    private LocalDate periodFrom;

    /**
     * The last day they cover: the day before the evaluation falls due, or the day of the report when
     * the commune reports earlier (the cycle was opened early). The reports count the cycle in the
     * period this day falls in.
     */
    @Column(name = "period_to")
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    private EvaluationOutcome outcome;

    @Column(name = "outreach_sessions")
    private Long outreachSessions;

    private Long attendees;
    private Long tips;

    @Column(name = "valuable_tips")
    private Long valuableTips;

    @Column(name = "cases_resolved")
    private Long casesResolved;

    @Column(name = "suspects_handled")
    private Long suspectsHandled;

    @Column(name = "cameras_installed")
    private Long camerasInstalled;

    @Column(name = "weapons_handed_in")
    private Long weaponsHandedIn;

    @Column(name = "households_committed")
    private Long householdsCommitted;

    private String narrative;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_classification")
    private Classification ruleClassification;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_classification")
    private Classification proposedClassification;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "assessment_note")
    private String assessmentNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_classification")
    private Classification finalClassification;

    @Column(name = "override_reason")
    private String overrideReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected Evaluation() {}

    public Evaluation(
            String modelCode,
            int cycleNo,
            LocalDate periodFrom,
            LocalDate dueOn,
            LocalDate reportDeadline,
            String processInstanceId) {
        this.modelCode = modelCode;
        this.cycleNo = cycleNo;
        this.periodFrom = periodFrom;
        this.dueOn = dueOn;
        this.reportDeadline = reportDeadline;
        this.periodTo = latest(periodFrom, dueOn.minusDays(1));
        this.processInstanceId = processInstanceId;
        this.outcome = EvaluationOutcome.SCHEDULED;
    }

    /** Moves a cycle that is still waiting to a new due date. */
    public void reschedule(LocalDate due, LocalDate deadline) {
        if (outcome != EvaluationOutcome.SCHEDULED) {
            throw new IllegalStateException("Cycle " + cycleNo + " of " + modelCode + " is " + outcome);
        }
        this.dueOn = due;
        this.reportDeadline = deadline;
        this.periodTo = latest(periodFrom, due.minusDays(1));
    }

    /**
     * A cycle of a registry kept before the application (CONTRACT's {@code lastEvaluatedOn}): its
     * class counts in the reports on the day the registry says it was evaluated.
     */
    public static Evaluation fromRegistry(String modelCode, LocalDate foundedOn, LocalDate evaluatedOn) {
        Evaluation past = new Evaluation(
                modelCode, 1, latest(foundedOn, evaluatedOn.minusYears(1).plusDays(1)), evaluatedOn, evaluatedOn, null);
        past.periodTo = evaluatedOn;
        return past;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    public void report(Indicators i, String narrative, String by, Instant at) {
        this.outreachSessions = i.outreachSessions();
        this.attendees = i.attendees();
        this.tips = i.tips();
        this.valuableTips = i.valuableTips();
        this.casesResolved = i.casesResolved();
        this.suspectsHandled = i.suspectsHandled();
        this.camerasInstalled = i.camerasInstalled();
        this.weaponsHandedIn = i.weaponsHandedIn();
        this.householdsCommitted = i.householdsCommitted();
        this.narrative = narrative;
        this.reportedBy = by;
        this.reportedAt = at;
        this.outcome = EvaluationOutcome.REPORTED;
        // the indicators were counted up to the day of the report
        LocalDate reportedOn = LocalDate.ofInstant(at, vn.antq.models.common.Clocks.VIETNAM);
        if (reportedOn.isBefore(periodTo)) {
            this.periodTo = latest(periodFrom, reportedOn);
        }
    }

    public void proposeByRule(Classification c) {
        this.ruleClassification = c;
    }

    public void assess(Classification proposed, String note, String by) {
        this.proposedClassification = proposed;
        this.assessmentNote = note;
        this.proposedBy = by;
        this.outcome = EvaluationOutcome.ASSESSED;
    }

    public void classify(Classification c, String reason, String by, Instant at) {
        this.finalClassification = c;
        this.overrideReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
        this.outcome = EvaluationOutcome.CLASSIFIED;
    }

    public void miss(Instant at) {
        this.outcome = EvaluationOutcome.MISSED;
        this.decidedBy = vn.antq.models.model.ModelHistory.SYSTEM;
        this.decidedAt = at;
    }

    /** The outcome as the retirement rule reads it: the final class, or MISSED. */
    public String ruleOutcome() {
        return outcome == EvaluationOutcome.MISSED
                ? "MISSED"
                : finalClassification == null ? "NONE" : finalClassification.name();
    }

    public Indicators indicators() {
        // none before the report, none when it was missed, none for a registry's past class (imported without them)
        return outcome == EvaluationOutcome.SCHEDULED || outcome == EvaluationOutcome.MISSED || outreachSessions == null
                ? null
                : new Indicators(
                        outreachSessions,
                        attendees,
                        tips,
                        valuableTips,
                        casesResolved,
                        suspectsHandled,
                        camerasInstalled,
                        weaponsHandedIn,
                        householdsCommitted);
    }

    public Long getId() {
        return id;
    }

    public String getModelCode() {
        return modelCode;
    }

    public int getCycleNo() {
        return cycleNo;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getReportDeadline() {
        return reportDeadline;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public EvaluationOutcome getOutcome() {
        return outcome;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Classification getRuleClassification() {
        return ruleClassification;
    }

    public Classification getProposedClassification() {
        return proposedClassification;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public String getAssessmentNote() {
        return assessmentNote;
    }

    public Classification getFinalClassification() {
        return finalClassification;
    }

    public String getOverrideReason() {
        return overrideReason;
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
}

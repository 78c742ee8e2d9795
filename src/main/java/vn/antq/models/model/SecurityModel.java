package vn.antq.models.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.antq.models.common.RegistryIntegrityException;
import vn.antq.models.common.SearchText;

/** A model (mô hình) or a point replicated from one: the registry entry. */
@Entity
@Table(name = "security_model")
public class SecurityModel {

    @Id
    private String code;

    private String name;

    @Column(name = "search_name")
    private String searchName;

    @Enumerated(EnumType.STRING)
    private ModelField field;

    @Enumerated(EnumType.STRING)
    @Column(name = "host_type")
    private HostType hostType;

    @Column(name = "host_name")
    private String hostName;

    @Column(name = "decision_no")
    private String decisionNo;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    @Column(name = "leader_name")
    private String leaderName;

    @Column(name = "leader_phone")
    private String leaderPhone;

    private long members;

    private String goals;

    private String activities;

    private String funding;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "province_code")
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    private ModelStatus status;

    @Enumerated(EnumType.STRING)
    private Classification classification;

    @Column(name = "origin_code")
    private String originCode;

    @Column(name = "retired_reason")
    private String retiredReason;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "retired_kind")
    private RetirementKind retiredKind;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    protected SecurityModel() {}

    public SecurityModel(String code, String unitCode, String provinceCode, String proposedBy, Instant proposedAt) {
        this.code = code;
        this.unitCode = unitCode;
        this.provinceCode = provinceCode;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = ModelStatus.PROPOSED;
    }

    /**
     * A new point (điểm) of {@code origin} in another commune: the origin's content, the commune's own
     * leader and members, running from the day the commune starts it. It is ACTIVE from the start:
     * the province approved the model once, not each point of it.
     */
    public static SecurityModel pointOf(
            SecurityModel origin,
            String code,
            String unitCode,
            String provinceCode,
            String decisionNo,
            String leaderName,
            String leaderPhone,
            long members,
            java.time.LocalDate startedOn,
            String acceptedBy,
            Instant at) {
        SecurityModel p = new SecurityModel(code, unitCode, provinceCode, acceptedBy, at);
        p.describe(new ModelDescription(
                origin.name,
                origin.field,
                origin.hostType,
                decisionNo,
                startedOn,
                leaderName,
                leaderPhone,
                members,
                origin.goals,
                origin.activities,
                origin.funding));
        p.originCode = origin.code;
        p.status = ModelStatus.ACTIVE;
        p.activatedAt = at;
        return p;
    }

    /** {@link #getProposedBy} of an entry brought in by a registry import: "import:" and the importer's login. */
    public static final String IMPORTED_BY = "import:";

    /**
     * An entry of a province's existing registry, brought in by an import: running (ACTIVE, since its
     * founding) or already weeded out (RETIRED), with its last class if the registry kept one. It has
     * no proposal of its own; goals and activities were never filed with it. {@code retiredWhy} is the
     * reason a RETIRED entry's history gives.
     */
    public static SecurityModel fromRegistry(
            String code,
            String unitCode,
            String provinceCode,
            String originCode,
            ModelDescription d,
            String hostName,
            ModelStatus status,
            Classification classification,
            String importer,
            String retiredWhy,
            Instant at) {
        SecurityModel m = new SecurityModel(code, unitCode, provinceCode, IMPORTED_BY + importer, at);
        m.describe(d);
        m.hostName = hostName;
        m.originCode = originCode;
        m.classification = classification;
        m.activatedAt = d.foundedOn()
                .atTime(7, 0)
                .atZone(vn.antq.models.common.Clocks.VIETNAM)
                .toInstant();
        m.status = ModelStatus.ACTIVE;
        if (status == ModelStatus.RETIRED) {
            m.retire(RetirementKind.REGISTRY, retiredWhy, at);
        }
        return m;
    }

    public boolean isImported() {
        return processInstanceId == null && proposedBy != null && proposedBy.startsWith(IMPORTED_BY);
    }

    /**
     * A later import of the province's registry corrects what an earlier one brought in. Only entries
     * that came from an import: a model the application runs changes only through its processes.
     */
    public void correctFromRegistry(ModelDescription d, String hostName) {
        if (!isImported()) {
            throw RegistryIntegrityException.here(code, "correct from an import", "the model was not imported");
        }
        identify(d);
        this.hostName = hostName;
    }

    /** Copies the proposal's content, already validated and cleaned; only while the model is a proposal. */
    public void describe(ModelDescription d) {
        ModelTransition.DESCRIBE.check(this);
        identify(d);
        this.goals = d.goals();
        this.activities = d.activities();
        this.funding = d.funding();
    }

    /** What a registry knows of any model: its name, field, place, founding, leader and members. */
    private void identify(ModelDescription d) {
        this.name = d.name();
        this.searchName = SearchText.fold(d.name());
        this.field = d.field();
        this.hostType = d.hostType();
        this.decisionNo = d.decisionNo();
        this.foundedOn = d.foundedOn();
        this.leaderName = d.leaderName();
        this.leaderPhone = d.leaderPhone();
        this.members = d.members();
    }

    public void activate(Instant at) {
        ModelTransition.ACTIVATE.check(this);
        this.status = ModelStatus.ACTIVE;
        this.activatedAt = at;
    }

    public void classify(Classification classification) {
        ModelTransition.CLASSIFY.check(this);
        this.classification = classification;
    }

    public void retire(RetirementKind kind, String reason, Instant at) {
        ModelTransition.RETIRE.check(this);
        this.status = ModelStatus.RETIRED;
        this.retiredKind = kind;
        this.retiredReason = reason;
        this.retiredAt = at;
    }

    /**
     * A reorganization moved the unit the model runs in (a commune merged into another) or the
     * province above it. The model's code never changes; its history records where it was.
     */
    public void relocate(String unitCode, String provinceCode) {
        this.unitCode = unitCode;
        this.provinceCode = provinceCode;
    }

    public void reject() {
        ModelTransition.REJECT.check(this);
        this.status = ModelStatus.REJECTED;
    }

    /** Ties the entry to the instance that created it (the proposal, or the campaign of a point), once. */
    public void attachProcess(String processInstanceId) {
        if (this.processInstanceId != null && !this.processInstanceId.equals(processInstanceId)) {
            throw new RegistryIntegrityException(
                    code,
                    "attach",
                    processInstanceId,
                    "the model belongs to process instance " + this.processInstanceId);
        }
        this.processInstanceId = processInstanceId;
    }

    /**
     * Refuses {@code what} (a {@link ModelTransition}, or a decision on the model) unless this entry was
     * created by {@code processInstanceId}: a proposal instance acts only on the model it proposed,
     * however it was started.
     */
    public void requireCreatedBy(String processInstanceId, String what) {
        if (this.processInstanceId == null || !this.processInstanceId.equals(processInstanceId)) {
            throw new RegistryIntegrityException(
                    code,
                    what,
                    processInstanceId,
                    this.processInstanceId == null
                            ? "the model was not created by a process instance"
                            : "the model belongs to process instance " + this.processInstanceId);
        }
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ModelField getField() {
        return field;
    }

    public HostType getHostType() {
        return hostType;
    }

    /** The place by name, when a registry import gave one; null for a proposal. */
    public String getHostName() {
        return hostName;
    }

    public String getDecisionNo() {
        return decisionNo;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public String getLeaderPhone() {
        return leaderPhone;
    }

    public long getMembers() {
        return members;
    }

    public String getGoals() {
        return goals;
    }

    public String getActivities() {
        return activities;
    }

    public String getFunding() {
        return funding;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public ModelStatus getStatus() {
        return status;
    }

    public Classification getClassification() {
        return classification;
    }

    public String getOriginCode() {
        return originCode;
    }

    public String getRetiredReason() {
        return retiredReason;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public RetirementKind getRetiredKind() {
        return retiredKind;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}

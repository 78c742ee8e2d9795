package vn.antq.models.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An official's absence, from and to a day (both included), and who of their unit stands in. */
@Entity
@Table(name = "official_absence")
public class Absence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String login;

    @Column(name = "stand_in")
    private String standIn;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected Absence() {}

    Absence(String login, String standIn, String unitCode, LocalDate startsOn, LocalDate endsOn, Instant at) {
        this.login = login;
        this.standIn = standIn;
        this.unitCode = unitCode;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.recordedAt = at;
    }

    /** In force on {@code day}: begun, not past its last day, not ended early. */
    public boolean covers(LocalDate day) {
        return endedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public boolean isOver(LocalDate today) {
        return endedAt != null || today.isAfter(endsOn);
    }

    void end(Instant at) {
        endedAt = at;
    }

    public void runsIn(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getStandIn() {
        return standIn;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}

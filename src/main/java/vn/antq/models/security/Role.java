package vn.antq.models.security;

/** What an official may do, derived from the level of the unit they act for. */
public enum Role {
    /** Commune police: proposes and runs models, reports indicators. */
    PROPOSER,
    /** District police: reviews proposals and evaluations. */
    REVIEWER,
    /** Provincial police: approves, classifies, decides replication and retirement. */
    APPROVER,
    /** Reads a province's work in Cockpit and the reports, changes nothing. */
    SUPERVISOR,
    /** Camunda administrator. */
    ADMIN
}

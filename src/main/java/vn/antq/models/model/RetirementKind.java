package vn.antq.models.model;

/** Why a model was retired, as the reports count it ({@code retired.byReason}). */
public enum RetirementKind {
    /** The retirement rule, after the evaluations said so. */
    RULE,
    /** The province approved a unit's request. */
    REQUEST,
    /** Retired in the province's own registry before it was imported. */
    REGISTRY
}

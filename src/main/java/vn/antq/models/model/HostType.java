package vn.antq.models.model;

/** Where a model is built (its host). Vietnamese labels live in messages.properties. */
public enum HostType {
    RESIDENTIAL_AREA,
    AGENCY,
    ENTERPRISE,
    SCHOOL,
    RELIGIOUS,
    OTHER
}

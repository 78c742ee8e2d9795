package vn.antq.models.model;

/** The four classes of a yearly evaluation. Vietnamese labels live in messages.properties. */
public enum Classification {
    EXCELLENT,
    GOOD,
    AVERAGE,
    WEAK
}

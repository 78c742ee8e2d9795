package vn.antq.models.evaluation;

/** Where an evaluation cycle stands. */
public enum EvaluationOutcome {
    /** Due date set, waiting for it. */
    SCHEDULED,
    /** The commune reported its indicators. */
    REPORTED,
    /** The district proposed a class. */
    ASSESSED,
    /** The province classified the model. */
    CLASSIFIED,
    /** No report came by the deadline. */
    MISSED;

    /** The cycle has its result: what may retire the model or open its next cycle. */
    public boolean isFinal() {
        return this == CLASSIFIED || this == MISSED;
    }
}

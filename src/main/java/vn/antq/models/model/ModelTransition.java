package vn.antq.models.model;

import vn.antq.models.common.RegistryIntegrityException;

/**
 * The changes a model's life allows, each from one status. A point of a replication is created
 * ACTIVE by {@link SecurityModel#pointOf} and never passes through {@link #ACTIVATE}.
 */
public enum ModelTransition {
    /** A commune's proposal, or its revision after a return. */
    DESCRIBE("describe", ModelStatus.PROPOSED, ModelStatus.PROPOSED),
    /** The province approved the proposal. */
    ACTIVATE("activate", ModelStatus.PROPOSED, ModelStatus.ACTIVE),
    /** The district or the province refused the proposal. */
    REJECT("reject", ModelStatus.PROPOSED, ModelStatus.REJECTED),
    /** A yearly evaluation gave the model its class. */
    CLASSIFY("classify", ModelStatus.ACTIVE, ModelStatus.ACTIVE),
    /** The retirement rule or an approved request weeded the model out. */
    RETIRE("retire", ModelStatus.ACTIVE, ModelStatus.RETIRED);

    private final String verb;
    private final ModelStatus from;
    private final ModelStatus to;

    ModelTransition(String verb, ModelStatus from, ModelStatus to) {
        this.verb = verb;
        this.from = from;
        this.to = to;
    }

    public ModelStatus from() {
        return from;
    }

    public ModelStatus to() {
        return to;
    }

    /** Refuses the change unless {@code model} is where it may start. */
    void check(SecurityModel model) {
        if (model.getStatus() != from) {
            throw RegistryIntegrityException.here(model.getCode(), toString(), "the model is " + model.getStatus());
        }
    }

    /** {@code "activate (PROPOSED → ACTIVE)"}, {@code "classify (while ACTIVE)"}: how refusals name it. */
    @Override
    public String toString() {
        return verb + (from == to ? " (while " + from + ")" : " (" + from + " → " + to + ")");
    }
}

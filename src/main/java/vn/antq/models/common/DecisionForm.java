package vn.antq.models.common;

import java.util.List;

/**
 * The {@code decision} and {@code reason} of a review, approval or ruling task (CONTRACT.md):
 * a decision among the allowed ones, and a reason that every decision but {@code approve} needs.
 */
public final class DecisionForm {

    /** What an official decides on a proposal or a retirement request. */
    public enum Decision implements FormChoice {
        APPROVE,
        /** Back to the commune for revision. */
        RETURN,
        REJECT
    }

    /** The longest reason or note any form takes. */
    public static final int REASON_MAX = 2000;

    public record Answer(Decision decision, String reason) {}

    private DecisionForm() {}

    public static Answer read(FormInput in, List<Decision> allowed) {
        Decision decision = in.choice("decision", allowed);
        String reason = in.text("reason", REASON_MAX, decision != Decision.APPROVE);
        in.write("decision", decision.value());
        in.write("reason", reason);
        return new Answer(decision, reason);
    }
}

package vn.antq.models.common;

import java.util.List;

/**
 * The {@code decision} and {@code reason} of a review, approval or ruling task (CONTRACT.md):
 * a decision among the allowed ones, and a reason that every decision but {@code approve} needs.
 */
public final class DecisionForm {

  public static final String APPROVE = "approve";
  public static final String RETURN = "return";
  public static final String REJECT = "reject";
  public static final int REASON_MAX = 2000;

  public record Answer(String decision, String reason) {
  }

  private DecisionForm() {
  }

  public static Answer read(FormInput in, List<String> allowed) {
    String decision = in.text("decision", 20, true);
    if (!allowed.contains(decision)) {
      throw in.refuse("decision", "problem.notAChoice");
    }
    String reason = in.text("reason", REASON_MAX, !APPROVE.equals(decision));
    in.write("decision", decision);
    in.write("reason", reason);
    return new Answer(decision, reason);
  }
}

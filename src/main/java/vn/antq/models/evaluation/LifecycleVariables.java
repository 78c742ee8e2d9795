package vn.antq.models.evaluation;

import java.util.HashSet;
import java.util.Set;

/** Every variable an evaluation cycle may hold: its forms' fields and what the server sets. */
final class LifecycleVariables {

  static final Set<String> KNOWN;

  static {
    Set<String> known = new HashSet<>(Indicators.KEYS);
    known.addAll(Set.of("modelCode", "modelName", "unitName", "cycleNo", "evaluationDue", "reportDeadline", "dueOnText",
        "reportDeadlineText", "narrative", "ruleClassification", "proposedClassification", "classification", "reason",
        "currentOutcome", "previousOutcome", "retirement"));
    KNOWN = Set.copyOf(known);
  }

  private LifecycleVariables() {
  }
}

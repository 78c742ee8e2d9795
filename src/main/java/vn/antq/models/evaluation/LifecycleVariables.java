package vn.antq.models.evaluation;

import java.util.Set;
import vn.antq.models.common.FormFields;
import vn.antq.models.model.ChoiceOptions;

/** Every variable an evaluation cycle may hold: its forms' fields and what the server sets. */
final class LifecycleVariables {

    static final Set<String> KNOWN = FormFields.known(
            Set.of(
                    "modelCode",
                    "modelName",
                    "unitName",
                    "cycleNo",
                    "evaluationDue",
                    "reportDeadline",
                    "dueOnText",
                    "reportDeadlineText",
                    "ruleClassification",
                    "currentOutcome",
                    "previousOutcome",
                    "retirement",
                    "ruleClassificationLabel",
                    "proposedClassificationLabel",
                    ChoiceOptions.CLASSIFICATIONS,
                    CheckAssessmentListener.ASSESSMENT_REASON),
            "evaluation-report",
            "evaluation-assessment",
            "evaluation-classification");

    private LifecycleVariables() {}
}

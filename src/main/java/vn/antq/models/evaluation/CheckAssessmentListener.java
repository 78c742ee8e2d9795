package vn.antq.models.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.antq.models.common.FormCheck;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.model.Classification;

/**
 * Checks the district's assessment when "Thẩm định, đề xuất xếp loại" is completed: a proposed class
 * and a note, which is required when the class departs from the rule table's proposal. The step "Ghi nhận thẩm định của huyện" records what passed.
 */
@Component("checkAssessment")
public class CheckAssessmentListener extends FormCheck<CheckAssessmentListener.Assessment> {

    /** An assessment that passed the check. */
    record Assessment(Classification proposed, String note) {}

    /** The district's reason, as the province's form shows it. */
    static final String ASSESSMENT_REASON = "assessmentReason";

    private final Messages messages;
    private final EvaluationCycles cycles;

    public CheckAssessmentListener(Messages messages, EvaluationCycles cycles) {
        this.messages = messages;
        this.cycles = cycles;
    }

    @Override
    public Assessment read(DelegateExecution execution) {
        FormInput in = new FormInput(execution, messages);
        in.refuseUnknown(LifecycleVariables.KNOWN);
        Classification proposed = in.choice("proposedClassification", Classification.class);
        String note = RuleDeparture.reason(
                in, messages, proposed, cycles.current(execution).getRuleClassification());
        in.write("proposedClassification", proposed.name());
        // as the province's form prints them
        in.write("proposedClassificationLabel", messages.label(proposed));
        in.write(ASSESSMENT_REASON, note);
        in.write("reason", note);
        return new Assessment(proposed, note);
    }
}

package vn.antq.models.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.antq.models.common.DecisionForm;
import vn.antq.models.common.FormCheck;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.model.Classification;

/**
 * Checks the district's assessment when "Thẩm định, đề xuất xếp loại" is completed: a proposed class
 * and an optional note. The step "Ghi nhận thẩm định của huyện" records what passed.
 */
@Component("checkAssessment")
public class CheckAssessmentListener extends FormCheck<CheckAssessmentListener.Assessment> {

    /** An assessment that passed the check. */
    record Assessment(Classification proposed, String note) {}

    private final Messages messages;

    public CheckAssessmentListener(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Assessment read(DelegateExecution execution) {
        FormInput in = new FormInput(execution, messages);
        in.refuseUnknown(LifecycleVariables.KNOWN);
        Classification proposed = in.choice("proposedClassification", Classification.class);
        String note = in.text("reason", DecisionForm.REASON_MAX, false);
        in.write("proposedClassification", proposed.name());
        in.write("proposedClassificationLabel", messages.label(proposed)); // as the province's form prints it
        in.write("reason", note);
        return new Assessment(proposed, note);
    }
}

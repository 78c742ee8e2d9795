package vn.antq.models.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ChoiceOptions;
import vn.antq.models.model.Classification;

/**
 * "Ghi nhận đề xuất theo tiêu chí": the rule table's proposal is kept in the registry, where no later
 * form can change it. Only for this instance's own cycle once the commune has reported.
 */
@Component("recordRuleClassification")
public class RecordRuleClassificationDelegate implements JavaDelegate {

    private final EvaluationCycles cycles;
    private final Messages messages;

    private final ChoiceOptions choices;

    public RecordRuleClassificationDelegate(EvaluationCycles cycles, Messages messages, ChoiceOptions choices) {
        this.cycles = cycles;
        this.messages = messages;
        this.choices = choices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Classification proposal = Classification.valueOf(String.valueOf(execution.getVariable("ruleClassification")));
        cycles.ended(execution, "record the rule's proposal for", EvaluationOutcome.REPORTED)
                .proposeByRule(proposal);
        execution.setVariable("ruleClassificationLabel", messages.label(proposal)); // as the forms print it
        choices.write(execution, ChoiceOptions.CLASSIFICATIONS); // the classes the forms offer
    }
}

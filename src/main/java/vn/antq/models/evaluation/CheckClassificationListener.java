package vn.antq.models.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.antq.models.common.FormCheck;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.model.Classification;

/**
 * The province's classification, "Xếp loại mô hình". On entry the district's note is cleared so that
 * the province writes its own (the form shows the district's as {@code assessmentReason}); on
 * completion the class is checked: it may depart from the rule table's proposal, and must then say why. The step "Ghi nhận xếp loại của tỉnh" records what passed.
 */
@Component("checkClassification")
public class CheckClassificationListener extends FormCheck<CheckClassificationListener.Ruling> {

    /** A classification that passed the check. */
    record Ruling(Classification chosen, String reason) {}

    private final Messages messages;
    private final EvaluationCycles cycles;

    public CheckClassificationListener(Messages messages, EvaluationCycles cycles) {
        this.messages = messages;
        this.cycles = cycles;
    }

    @Override
    protected void opened(DelegateExecution execution) {
        execution.removeVariable("classification");
        execution.removeVariable("reason");
    }

    @Override
    public Ruling read(DelegateExecution execution) {
        return read(execution, cycles.current(execution));
    }

    /** The classification in the instance's variables, checked against {@code cycle}'s rule, and written back normalised. */
    Ruling read(DelegateExecution execution, Evaluation cycle) {
        FormInput in = new FormInput(execution, messages);
        in.refuseUnknown(LifecycleVariables.KNOWN);
        Classification chosen = in.choice("classification", Classification.class);
        String reason = RuleDeparture.reason(in, messages, chosen, cycle.getRuleClassification());
        in.write("classification", chosen.name());
        in.write("reason", reason);
        return new Ruling(chosen, reason);
    }
}

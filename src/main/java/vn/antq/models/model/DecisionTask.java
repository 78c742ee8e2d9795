package vn.antq.models.model;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.antq.models.common.DecisionForm;
import vn.antq.models.common.FormCheck;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;

/**
 * The check of a task where an official decides (review, approval, ruling). On entry the previous
 * step's {@code decision} and {@code reason} are cleared, so that every step decides for itself; on
 * completion the decision is checked. Both only for the model the instance is about. Recording the
 * decision is the next step's work ({@link RecordDecision}).
 */
public abstract class DecisionTask extends FormCheck<DecisionForm.Answer> {

    private final Messages messages;
    private final List<DecisionForm.Decision> allowed;
    private final Set<String> knownVariables;

    protected DecisionTask(Messages messages, List<DecisionForm.Decision> allowed, Set<String> knownVariables) {
        this.messages = messages;
        this.allowed = allowed;
        this.knownVariables = knownVariables;
    }

    @Override
    protected void opened(DelegateExecution execution) {
        requireOwnModel(execution);
        execution.removeVariable("decision");
        execution.removeVariable("reason");
    }

    @Override
    public DecisionForm.Answer read(DelegateExecution execution) {
        requireOwnModel(execution);
        FormInput in = new FormInput(execution, messages);
        in.refuseUnknown(knownVariables);
        return DecisionForm.read(in, allowed);
    }

    /**
     * Refuses the task, when it opens and when it is completed, unless the model under the business key
     * is the one this instance is about: otherwise an instance started at the task under another
     * model's code would put the task before that model's officials and write their decision into
     * that model's history.
     */
    protected abstract void requireOwnModel(DelegateExecution execution);
}

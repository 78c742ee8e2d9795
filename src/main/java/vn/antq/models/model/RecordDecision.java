package vn.antq.models.model;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import vn.antq.models.common.DecisionForm;

/**
 * The step right after a decision task ("Ghi nhận …"): the decision, checked again by the task's own
 * {@link DecisionTask}, goes into the model's decision history under the id of the task whose flow
 * leads here, by the official who completed it. The gateways after it read the decision.
 */
public abstract class RecordDecision implements JavaDelegate {

    private final DecisionTask task;
    private final ModelHistory history;

    protected RecordDecision(DecisionTask task, ModelHistory history) {
        this.task = task;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DecisionForm.Answer answer = task.read(execution);
        String step = decidedAt(execution);
        history.record(
                execution.getProcessBusinessKey(), step, answer.decision().value(), answer.reason(), execution);
        decided(execution, step, answer);
    }

    /** After a decision is recorded: what a later step should see of it. Nothing by default. */
    protected void decided(DelegateExecution execution, String step, DecisionForm.Answer answer) {}

    /** The decision task drawn right before this step. */
    private static String decidedAt(DelegateExecution execution) {
        FlowNode self = (FlowNode) execution.getBpmnModelElementInstance();
        if (self.getIncoming().size() != 1) {
            throw new IllegalStateException(self.getId() + " must follow exactly one decision task");
        }
        return self.getIncoming().iterator().next().getSource().getId();
    }
}

package vn.antq.models.model;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.common.DecisionForm;

/**
 * A task where an official decides (review, approval, ruling). On entry the previous step's
 * {@code decision} and {@code reason} are cleared, so that every step decides for itself; on
 * completion the decision is validated and written to the model's decision history. Both only for
 * the model the instance is about.
 */
public abstract class DecisionTask implements ExecutionListener {

  private final Messages messages;
  private final ModelHistory history;
  private final List<String> allowed;
  private final Set<String> knownVariables;

  protected DecisionTask(Messages messages, ModelHistory history, List<String> allowed, Set<String> knownVariables) {
    this.messages = messages;
    this.history = history;
    this.allowed = allowed;
    this.knownVariables = knownVariables;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // a timer or a retirement ended the task: nobody submitted a form
    }
    requireOwnModel(execution);
    if (EVENTNAME_START.equals(execution.getEventName())) {
      execution.removeVariable("decision");
      execution.removeVariable("reason");
      return;
    }
    FormInput in = new FormInput(execution, messages);
    in.refuseUnknown(knownVariables);
    DecisionForm.Answer answer = DecisionForm.read(in, allowed);
    history.record(execution.getProcessBusinessKey(), execution.getCurrentActivityId(), answer.decision(),
        answer.reason(), execution);
    decided(execution, answer);
  }

  /** After a valid decision is recorded: what a later step should see of it. Nothing by default. */
  protected void decided(DelegateExecution execution, DecisionForm.Answer answer) {
  }

  /**
   * Refuses the task, when it opens and when it is completed, unless the model under the business key
   * is the one this instance is about: otherwise an instance started at the task under another
   * model's code would put the task before that model's officials and write their decision into
   * that model's history.
   */
  protected abstract void requireOwnModel(DelegateExecution execution);
}

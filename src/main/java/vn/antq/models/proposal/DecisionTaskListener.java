package vn.antq.models.proposal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.antq.models.common.DecisionForm;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ModelHistory;

/**
 * The review and approval tasks. On entry the previous step's {@code decision} and {@code reason}
 * are cleared, so that every step decides for itself; on completion the decision is validated and
 * written to the model's decision history.
 */
@Component("decisionTask")
public class DecisionTaskListener implements ExecutionListener {

  private static final List<String> ALLOWED = List.of(DecisionForm.APPROVE, DecisionForm.RETURN, DecisionForm.REJECT);

  private final Messages messages;
  private final ModelHistory history;

  public DecisionTaskListener(Messages messages, ModelHistory history) {
    this.messages = messages;
    this.history = history;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // a timer or a retirement ended the task: nobody submitted a form
    }
    if (EVENTNAME_START.equals(execution.getEventName())) {
      execution.removeVariable("decision");
      execution.removeVariable("reason");
      return;
    }
    FormInput in = new FormInput(execution, messages);
    in.refuseUnknown(ProposalForm.KNOWN);
    DecisionForm.Answer answer = DecisionForm.read(in, ALLOWED);
    history.record(execution.getProcessBusinessKey(), execution.getCurrentActivityId(), answer.decision(),
        answer.reason(), execution);
  }
}

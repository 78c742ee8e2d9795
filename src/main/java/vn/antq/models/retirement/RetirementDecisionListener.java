package vn.antq.models.retirement;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.antq.models.common.DecisionForm;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ModelHistory;

/** The province's ruling on a retirement request: approve, or reject with a reason. */
@Component("retirementDecision")
public class RetirementDecisionListener implements ExecutionListener {

  private static final List<String> ALLOWED = List.of(DecisionForm.APPROVE, DecisionForm.REJECT);

  private final Messages messages;
  private final ModelHistory history;

  public RetirementDecisionListener(Messages messages, ModelHistory history) {
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
    in.refuseUnknown(ValidateRetirementRequestListener.KNOWN);
    DecisionForm.Answer answer = DecisionForm.read(in, ALLOWED);
    history.record(execution.getProcessBusinessKey(), execution.getCurrentActivityId(), answer.decision(),
        answer.reason(), execution);
  }
}

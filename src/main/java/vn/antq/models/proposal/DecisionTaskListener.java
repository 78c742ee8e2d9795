package vn.antq.models.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
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

  static final int REASON_MAX = 2000;

  private final Messages messages;
  private final ModelHistory history;

  public DecisionTaskListener(Messages messages, ModelHistory history) {
    this.messages = messages;
    this.history = history;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (EVENTNAME_START.equals(execution.getEventName())) {
      execution.removeVariable("decision");
      execution.removeVariable("reason");
      return;
    }
    FormInput in = new FormInput(execution, messages);
    Object sent = execution.getVariable("decision");
    Decision decision = sent instanceof String s ? Decision.of(s.trim()) : null;
    if (sent == null || (sent instanceof String s && s.isBlank())) {
      throw in.refuse("decision", "problem.required");
    }
    if (decision == null) {
      throw in.refuse("decision", "problem.notAChoice");
    }
    String reason = in.text("reason", REASON_MAX, decision != Decision.APPROVE);
    in.write("decision", decision.value());
    in.write("reason", reason);
    history.record(execution.getProcessBusinessKey(), execution.getCurrentActivityId(), decision.value(), reason, execution);
  }
}

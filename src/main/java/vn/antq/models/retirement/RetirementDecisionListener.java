package vn.antq.models.retirement;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.antq.models.common.DecisionForm;
import vn.antq.models.model.DecisionTask;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ModelHistory;

/** The province's ruling on a retirement request: approve, or reject with a reason. */
@Component("retirementDecision")
public class RetirementDecisionListener extends DecisionTask {

  private final Retirements retirements;

  public RetirementDecisionListener(Messages messages, ModelHistory history, Retirements retirements) {
    super(messages, history, List.of(DecisionForm.APPROVE, DecisionForm.REJECT), ValidateRetirementRequestListener.KNOWN);
    this.retirements = retirements;
  }

  @Override
  protected void requireOwnModel(DelegateExecution execution) {
    retirements.requestOf(execution, "decide on");
  }
}

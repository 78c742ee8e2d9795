package vn.antq.models.retirement;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.antq.models.common.DecisionForm;
import vn.antq.models.common.DecisionTask;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ModelHistory;

/** The province's ruling on a retirement request: approve, or reject with a reason. */
@Component("retirementDecision")
public class RetirementDecisionListener extends DecisionTask {

  public RetirementDecisionListener(Messages messages, ModelHistory history) {
    super(messages, history, List.of(DecisionForm.APPROVE, DecisionForm.REJECT), ValidateRetirementRequestListener.KNOWN);
  }
}

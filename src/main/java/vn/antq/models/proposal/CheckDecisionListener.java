package vn.antq.models.proposal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.antq.models.common.DecisionForm.Decision;
import vn.antq.models.common.Messages;
import vn.antq.models.model.DecisionTask;

/** Checks the district's review and the province's approval: approve, return for revision, or reject. */
@Component("checkDecision")
public class CheckDecisionListener extends DecisionTask {

  private final ProposalModels proposals;

  public CheckDecisionListener(Messages messages, ProposalModels proposals) {
    super(messages, List.of(Decision.values()), ProposalForm.KNOWN);
    this.proposals = proposals;
  }

  @Override
  protected void requireOwnModel(DelegateExecution execution) {
    proposals.own(execution, "decide on");
  }
}

package vn.antq.models.proposal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.antq.models.common.DecisionForm;
import vn.antq.models.common.DecisionTask;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ModelHistory;

/** The district's review and the province's approval: approve, return for revision, or reject. */
@Component("decisionTask")
public class DecisionTaskListener extends DecisionTask {

  private final ProposalModels proposals;

  public DecisionTaskListener(Messages messages, ModelHistory history, ProposalModels proposals) {
    super(messages, history, List.of(DecisionForm.APPROVE, DecisionForm.RETURN, DecisionForm.REJECT), ProposalForm.KNOWN);
    this.proposals = proposals;
  }

  @Override
  protected void requireOwnModel(DelegateExecution execution) {
    proposals.own(execution, "decide on");
  }
}

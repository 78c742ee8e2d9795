package vn.antq.models.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;

/** "Ghi nhận không phê duyệt": the proposal ends REJECTED; the reason is in the decision history. */
@Component("rejectProposal")
public class RejectProposalDelegate implements JavaDelegate {

  private final ModelRepository models;

  public RejectProposalDelegate(ModelRepository models) {
    this.models = models;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SecurityModel model = models.findById(execution.getProcessBusinessKey()).orElseThrow();
    model.reject();
  }
}

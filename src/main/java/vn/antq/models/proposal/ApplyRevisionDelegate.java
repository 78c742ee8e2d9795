package vn.antq.models.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ModelHistory;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;

/** "Cập nhật hồ sơ đã bổ sung": the registry takes the commune's revised proposal. */
@Component("applyRevision")
public class ApplyRevisionDelegate implements JavaDelegate {

  private final ModelRepository models;
  private final ModelHistory history;
  private final Messages messages;

  public ApplyRevisionDelegate(ModelRepository models, ModelHistory history, Messages messages) {
    this.models = models;
    this.history = history;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SecurityModel model = models.findById(execution.getProcessBusinessKey()).orElseThrow();
    model.describe(ProposalForm.read(execution, messages));
    history.record(model.getCode(), "ReviseProposal", "resubmitted", null, execution);
  }
}

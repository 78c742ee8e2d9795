package vn.antq.models.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.DecisionForm.Decision;
import vn.antq.models.common.Messages;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.model.ModelHistory;
import vn.antq.models.model.ModelTransition;
import vn.antq.models.model.SecurityModel;

/**
 * "Cập nhật hồ sơ đã bổ sung": the registry takes the commune's revised proposal. Only this
 * instance's own proposal, once the district or the province returned it in this instance.
 */
@Component("applyRevision")
public class ApplyRevisionDelegate implements JavaDelegate {

    private final ProposalModels proposals;
    private final ModelHistory history;
    private final Messages messages;

    public ApplyRevisionDelegate(ProposalModels proposals, ModelHistory history, Messages messages) {
        this.proposals = proposals;
        this.history = history;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SecurityModel model = proposals.decided(execution, ModelTransition.DESCRIBE, null, Decision.RETURN.value());
        model.describe(ProposalForm.read(execution, messages));
        history.record(model.getCode(), ProcessIds.REVISE_PROPOSAL, "resubmitted", null, execution);
    }
}

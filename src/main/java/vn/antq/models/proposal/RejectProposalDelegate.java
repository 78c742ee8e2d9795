package vn.antq.models.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.DecisionForm.Decision;
import vn.antq.models.model.ModelTransition;

/**
 * "Ghi nhận không phê duyệt": the proposal ends REJECTED; the reason is in the decision history.
 * Only this instance's own proposal, once the district or the province refused it in this instance.
 */
@Component("rejectProposal")
public class RejectProposalDelegate implements JavaDelegate {

    private final ProposalModels proposals;

    public RejectProposalDelegate(ProposalModels proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposals
                .decided(execution, ModelTransition.REJECT, null, Decision.REJECT.value())
                .reject();
    }
}

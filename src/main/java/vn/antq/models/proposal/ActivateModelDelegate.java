package vn.antq.models.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.DecisionForm.Decision;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.evaluation.ModelLifecycles;
import vn.antq.models.model.ModelTransition;
import vn.antq.models.model.SecurityModel;

/**
 * "Đưa mô hình vào hoạt động": the approved model becomes ACTIVE in the registry and its first
 * evaluation cycle is scheduled. Only this instance's own proposal, once this instance's province
 * approval is recorded.
 */
@Component("activateModel")
public class ActivateModelDelegate implements JavaDelegate {

    private final ProposalModels proposals;
    private final ModelLifecycles lifecycles;

    public ActivateModelDelegate(ProposalModels proposals, ModelLifecycles lifecycles) {
        this.proposals = proposals;
        this.lifecycles = lifecycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SecurityModel model = proposals.decided(
                execution, ModelTransition.ACTIVATE, ProcessIds.APPROVE_BY_PROVINCE, Decision.APPROVE.value());
        model.activate(Clocks.now());
        lifecycles.startCycle(model.getCode());
    }
}

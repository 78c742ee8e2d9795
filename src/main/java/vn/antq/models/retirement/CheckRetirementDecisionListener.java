package vn.antq.models.retirement;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.antq.models.common.DecisionForm.Decision;
import vn.antq.models.common.Messages;
import vn.antq.models.model.DecisionTask;

/** Checks the province's ruling on a retirement request: approve, or reject with a reason. */
@Component("checkRetirementDecision")
public class CheckRetirementDecisionListener extends DecisionTask {

    private final Retirements retirements;

    public CheckRetirementDecisionListener(Messages messages, Retirements retirements) {
        super(messages, List.of(Decision.APPROVE, Decision.REJECT), CheckRetirementRequestListener.KNOWN);
        this.retirements = retirements;
    }

    @Override
    protected void requireOwnModel(DelegateExecution execution) {
        retirements.requestOf(execution, "decide on");
    }
}

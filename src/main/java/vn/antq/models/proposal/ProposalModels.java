package vn.antq.models.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import vn.antq.models.common.RegistryIntegrityException;
import vn.antq.models.model.ModelHistory;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.ModelTransition;
import vn.antq.models.model.SecurityModel;

/**
 * The model a proposal instance may change: the one it proposed, found by the business key but
 * accepted only when the registry recorded this instance as its proposer ({@code attachProcess}),
 * and only after the decision that leads to the change was taken in this instance. An instance
 * started part-way under another proposal's code therefore changes nothing.
 */
@Service
class ProposalModels {

    /** The province's approval task (model-proposal.bpmn), as the decision history records it. */
    private final ModelRepository models;

    private final ModelHistory history;

    ProposalModels(ModelRepository models, ModelHistory history) {
        this.models = models;
        this.history = history;
    }

    /** The instance's own model, on which it is about to {@code what}. */
    SecurityModel own(DelegateExecution execution, String what) {
        String code = execution.getProcessBusinessKey();
        SecurityModel model = models.findById(code == null ? "" : code)
                .orElseThrow(() ->
                        new RegistryIntegrityException(code, what, execution.getProcessInstanceId(), "no such model"));
        model.requireCreatedBy(execution.getProcessInstanceId(), what);
        return model;
    }

    /** The instance's own model, after the decision {@code outcome} (at {@code step}, when given) of this instance. */
    SecurityModel decided(DelegateExecution execution, ModelTransition transition, String step, String outcome) {
        SecurityModel model = own(execution, transition.toString());
        history.requireLastDecision(model.getCode(), execution, transition.toString(), step, outcome);
        return model;
    }
}

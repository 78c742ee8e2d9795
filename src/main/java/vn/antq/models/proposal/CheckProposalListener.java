package vn.antq.models.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.antq.models.common.FieldRefusal;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ChoiceOptions;
import vn.antq.models.security.OfficialService;
import vn.antq.models.security.Role;

/**
 * Validates the proposal form on the start event and when a returned proposal is resubmitted.
 * Runs as an execution listener so that a refusal reaches the REST API as a 400 and Tasklist shows
 * the Vietnamese message; the transaction rolls back and nothing is stored.
 */
@Component("checkProposal")
public class CheckProposalListener implements ExecutionListener {

    private final Messages messages;
    private final OfficialService officials;
    private final ChoiceOptions choices;

    public CheckProposalListener(Messages messages, OfficialService officials, ChoiceOptions choices) {
        this.messages = messages;
        this.officials = officials;
        this.choices = choices;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // a timer or a retirement ended the task: nobody submitted a form
        }
        boolean commune = officials.current().map(o -> o.has(Role.PROPOSER)).orElse(false);
        if (!commune) {
            throw new FieldRefusal("unit", messages.refusal("unit", "problem.notCommune"));
        }
        ProposalForm.read(execution, messages);
        // the revision form's choices, from the server whatever a client sent in their place
        choices.write(execution, ChoiceOptions.FIELDS, ChoiceOptions.HOST_TYPES);
    }
}

package vn.antq.models.proposal;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.antq.models.common.DecisionForm.Decision;
import vn.antq.models.common.Messages;
import vn.antq.models.model.DecisionTask;

/**
 * Checks the district's review and the province's approval: approve, return for revision, or reject.
 * Both tasks use the one form {@code proposal-decision}; when a task opens, its title, the label of
 * its choice and the choices' words (messages.properties, {@code decision.*.<task id>}) become the
 * variables the form shows.
 */
@Component("checkDecision")
public class CheckDecisionListener extends DecisionTask {

    /** What the form {@code proposal-decision} shows of the step it serves; set here, never sent by it. */
    static final List<String> STEP_VARIABLES =
            List.of("decisionStep", "decisionTitle", "decisionLabel", "decisionOptions");

    private final ProposalModels proposals;
    private final Messages messages;

    public CheckDecisionListener(Messages messages, ProposalModels proposals) {
        super(messages, List.of(Decision.values()), ProposalForm.KNOWN);
        this.proposals = proposals;
        this.messages = messages;
    }

    @Override
    protected void opened(DelegateExecution execution) {
        super.opened(execution);
        String step = execution.getCurrentActivityId();
        execution.setVariable("decisionStep", step);
        execution.setVariable("decisionTitle", messages.get("decision.title." + step));
        execution.setVariable("decisionLabel", messages.get("decision.label." + step));
        List<Map<String, String>> options = List.of(Decision.values()).stream()
                .map(d ->
                        Map.of("value", d.value(), "label", messages.get("decision.option." + step + "." + d.value())))
                .toList();
        execution.setVariable(
                "decisionOptions", SpinValues.jsonValue(Spin.JSON(options)).create());
    }

    @Override
    protected void requireOwnModel(DelegateExecution execution) {
        proposals.own(execution, "decide on");
    }
}

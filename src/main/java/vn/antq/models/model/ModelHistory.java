package vn.antq.models.model;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.OnBehalf;
import vn.antq.models.common.RegistryIntegrityException;

/** Writes the registry's decision history: who, when, which step, outcome and reason. */
@Service
public class ModelHistory {

    /** Recorded as the decider when the engine itself acts (a timer, an automatic rule). */
    public static final String SYSTEM = "system";

    private final ModelDecisionRepository decisions;

    public ModelHistory(ModelDecisionRepository decisions) {
        this.decisions = decisions;
    }

    public void record(String modelCode, String step, String outcome, String reason, DelegateExecution execution) {
        ModelDecision decision = new ModelDecision(
                modelCode,
                step,
                outcome,
                reason,
                actor(execution),
                Clocks.now(),
                execution.getProcessInstanceId(),
                null);
        // a stand-in's decision on a task handed over from an absent official (engine/StandInAssignment)
        Object behalf = execution.getVariable(OnBehalf.VARIABLE);
        if (behalf != null) {
            decision.onBehalfOf(String.valueOf(behalf));
            execution.removeVariable(OnBehalf.VARIABLE);
        }
        decisions.save(decision);
    }

    /**
     * Refuses {@code transition} unless the last decision this process instance recorded on the model
     * is {@code outcome} (at {@code step}, when given): a change happens only after the decision that
     * leads to it was taken in the same instance, so starting an instance at the change itself, or
     * past the task that decides it, changes nothing.
     */
    public ModelDecision requireLastDecision(
            String modelCode, DelegateExecution execution, String transition, String step, String outcome) {
        ModelDecision last = decisions
                .findFirstByModelCodeAndProcessInstanceIdOrderByIdDesc(modelCode, execution.getProcessInstanceId())
                .orElse(null);
        boolean leadsHere =
                last != null && outcome.equals(last.getOutcome()) && (step == null || step.equals(last.getStep()));
        if (!leadsHere) {
            throw new RegistryIntegrityException(
                    modelCode,
                    transition,
                    execution.getProcessInstanceId(),
                    "it needs the decision " + (step == null ? "" : step + ": ") + outcome + " of this instance, "
                            + "whose last decision on the model is "
                            + (last == null ? "none" : last.getStep() + ": " + last.getOutcome()));
        }
        return last;
    }

    /** The step id of a reorganization in the history (not a step of any diagram). */
    public static final String REORGANIZATION = "Reorganization";

    /** A reorganization moved the model ({@code where}: from which unit to which, and why), done by {@code by}. */
    public void recordMove(String modelCode, String where, String by) {
        decisions.save(new ModelDecision(modelCode, REORGANIZATION, "moved", where, by, Clocks.now(), null, null));
    }

    /** The logged-in user who caused this step, or {@link #SYSTEM} for a timer or rule. */
    public String actor(DelegateExecution execution) {
        Authentication auth =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth != null && auth.getUserId() != null ? auth.getUserId() : SYSTEM;
    }
}

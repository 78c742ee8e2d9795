package vn.antq.models.evaluation;

import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import vn.antq.models.common.RegistryIntegrityException;
import vn.antq.models.model.ModelStatus;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.security.Privileged;

/**
 * The registry row of the cycle a process instance runs: found by instance, never by a form
 * variable or the business key alone. An instance that did not schedule a cycle has none, so an
 * instance started part-way records nothing, classifies nothing and retires nothing.
 */
@Service
public class EvaluationCycles {

    private final EvaluationRepository evaluations;
    private final RuntimeService runtime;

    public EvaluationCycles(EvaluationRepository evaluations, RuntimeService runtime) {
        this.evaluations = evaluations;
        this.runtime = runtime;
    }

    /** This instance's cycle, which must be of the model the instance runs under. */
    public Evaluation current(DelegateExecution execution) {
        return current(execution, "record an evaluation cycle of");
    }

    /** This instance's cycle once it has one of {@code outcomes}: the step {@code transition} follows from it. */
    public Evaluation ended(DelegateExecution execution, String transition, EvaluationOutcome... outcomes) {
        Evaluation cycle = current(execution, transition);
        if (!Arrays.asList(outcomes).contains(cycle.getOutcome())) {
            throw new RegistryIntegrityException(
                    cycle.getModelCode(),
                    transition,
                    execution.getProcessInstanceId(),
                    "cycle " + cycle.getCycleNo() + " of this instance is " + cycle.getOutcome() + ", not "
                            + Arrays.toString(outcomes));
        }
        return cycle;
    }

    /**
     * Refuses a new cycle of {@code model} in this instance unless the model is ACTIVE, this instance has
     * no cycle yet, and the model's latest cycle has its result (or its instance is gone, as after an
     * administrator cancelled it). The cycle that ends starts the next one, so in a process that runs as
     * drawn the latest cycle is always final here; an instance started at the schedule step for a model
     * in the middle of a cycle is refused. Returns the latest cycle.
     */
    public Optional<Evaluation> requireNoneOpen(SecurityModel model, DelegateExecution execution) {
        String transition = "schedule an evaluation of";
        String instance = execution.getProcessInstanceId();
        if (model.getStatus() != ModelStatus.ACTIVE) {
            throw new RegistryIntegrityException(
                    model.getCode(), transition, instance, "the model is " + model.getStatus());
        }
        evaluations.findByProcessInstanceId(instance).ifPresent(own -> {
            throw new RegistryIntegrityException(
                    model.getCode(),
                    transition,
                    instance,
                    "this instance already runs cycle " + own.getCycleNo() + " of model " + own.getModelCode());
        });
        Optional<Evaluation> latest = evaluations.findLatest(model.getCode());
        latest.filter(e -> !e.getOutcome().isFinal() && running(e.getProcessInstanceId()))
                .ifPresent(open -> {
                    throw new RegistryIntegrityException(
                            model.getCode(),
                            transition,
                            instance,
                            "cycle " + open.getCycleNo() + " is still " + open.getOutcome() + " in process instance "
                                    + open.getProcessInstanceId());
                });
        return latest;
    }

    /** What the retirement rule compares: this cycle's outcome and the previous cycle's. */
    public void exposeOutcomes(DelegateExecution execution, Evaluation cycle) {
        String previous = evaluations
                .findByModelCodeAndCycleNo(cycle.getModelCode(), cycle.getCycleNo() - 1)
                .map(Evaluation::ruleOutcome)
                .orElse("NONE");
        execution.setVariable("currentOutcome", cycle.ruleOutcome());
        execution.setVariable("previousOutcome", previous);
    }

    /**
     * What {@link #current(DelegateExecution)} checks, without loading the cycle: run on entry to every
     * evaluation task, the year-end storm's hottest lookup.
     */
    public void checkOwn(DelegateExecution execution) {
        requireOwn(
                execution,
                "record an evaluation cycle of",
                evaluations.findModelCodeByProcessInstanceId(execution.getProcessInstanceId()));
    }

    private Evaluation current(DelegateExecution execution, String transition) {
        Optional<Evaluation> cycle = evaluations.findByProcessInstanceId(execution.getProcessInstanceId());
        requireOwn(execution, transition, cycle.map(Evaluation::getModelCode));
        return cycle.get();
    }

    /** The instance has a cycle ({@code modelCode} present), and it is of the model the instance runs under. */
    private static void requireOwn(DelegateExecution execution, String transition, Optional<String> modelCode) {
        String instance = execution.getProcessInstanceId();
        String code = modelCode.orElseThrow(() -> new RegistryIntegrityException(
                execution.getProcessBusinessKey(), transition, instance, "this instance has no evaluation cycle"));
        if (!code.equals(execution.getProcessBusinessKey())) {
            throw new RegistryIntegrityException(
                    execution.getProcessBusinessKey(),
                    transition,
                    instance,
                    "this instance's cycle is of model " + code);
        }
    }

    private boolean running(String processInstanceId) {
        return Privileged.call(() -> runtime.createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .count())
                > 0;
    }
}

package vn.antq.models.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/** The registry row of the cycle a process instance runs: found by instance, never by a form variable. */
@Service
public class EvaluationCycles {

  private final EvaluationRepository evaluations;

  public EvaluationCycles(EvaluationRepository evaluations) {
    this.evaluations = evaluations;
  }

  public Evaluation current(DelegateExecution execution) {
    return evaluations.findByProcessInstanceId(execution.getProcessInstanceId())
        .orElseThrow(() -> new IllegalStateException("No evaluation for instance " + execution.getProcessInstanceId()));
  }

  /** What the retirement rule compares: this cycle's outcome and the previous cycle's. */
  public void exposeOutcomes(DelegateExecution execution, Evaluation cycle) {
    String previous = evaluations.findByModelCodeAndCycleNo(cycle.getModelCode(), cycle.getCycleNo() - 1)
        .map(Evaluation::ruleOutcome).orElse("NONE");
    execution.setVariable("currentOutcome", cycle.ruleOutcome());
    execution.setVariable("previousOutcome", previous);
  }
}

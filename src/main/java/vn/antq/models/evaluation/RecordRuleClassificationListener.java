package vn.antq.models.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Keeps the rule table's proposal in the registry, where no later form can change it. */
@Component("recordRuleClassification")
public class RecordRuleClassificationListener implements ExecutionListener {

  private final EvaluationCycles cycles;

  public RecordRuleClassificationListener(EvaluationCycles cycles) {
    this.cycles = cycles;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object result = execution.getVariable("ruleClassification");
    cycles.current(execution).proposeByRule(Classification.valueOf(String.valueOf(result)));
  }
}

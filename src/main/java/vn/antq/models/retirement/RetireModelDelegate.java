package vn.antq.models.retirement;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Thanh loại mô hình": the retirement rule said so; its reason is recorded. */
@Component("retireModel")
public class RetireModelDelegate implements JavaDelegate {

  private final Retirements retirements;

  public RetireModelDelegate(Retirements retirements) {
    this.retirements = retirements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> rule = (Map<String, Object>) execution.getVariable("retirement");
    retirements.retire(execution.getProcessBusinessKey(), String.valueOf(rule.get("retiredReason")), execution);
  }
}

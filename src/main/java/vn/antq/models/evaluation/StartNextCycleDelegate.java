package vn.antq.models.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Mở kỳ đánh giá tiếp theo": the next cycle, on the latest version of the process. */
@Component("startNextCycle")
public class StartNextCycleDelegate implements JavaDelegate {

  private final ModelLifecycles lifecycles;

  public StartNextCycleDelegate(ModelLifecycles lifecycles) {
    this.lifecycles = lifecycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycles.startCycle(execution.getProcessBusinessKey());
  }
}

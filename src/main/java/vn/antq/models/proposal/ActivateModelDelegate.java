package vn.antq.models.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.evaluation.ModelLifecycles;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;

/**
 * "Đưa mô hình vào hoạt động": the approved model becomes ACTIVE in the registry and its first
 * evaluation cycle is scheduled.
 */
@Component("activateModel")
public class ActivateModelDelegate implements JavaDelegate {

  private final ModelRepository models;
  private final ModelLifecycles lifecycles;

  public ActivateModelDelegate(ModelRepository models, ModelLifecycles lifecycles) {
    this.models = models;
    this.lifecycles = lifecycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SecurityModel model = models.findById(execution.getProcessBusinessKey()).orElseThrow();
    model.activate(Clocks.now());
    lifecycles.startCycle(model.getCode());
  }
}

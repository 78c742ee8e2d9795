package vn.antq.models.retirement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import vn.antq.models.common.Clocks;
import vn.antq.models.evaluation.ModelLifecycles;
import vn.antq.models.model.ModelHistory;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.notification.Notifications;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitHierarchy;

/**
 * Retiring a model (thanh loại), automatically or on request: the registry records why, the
 * commune and district are told, and no evaluation cycle of the model is left running.
 */
@Service
public class Retirements {

  private final ModelRepository models;
  private final ModelHistory history;
  private final ModelLifecycles lifecycles;
  private final Notifications notifications;
  private final UnitHierarchy units;

  public Retirements(ModelRepository models, ModelHistory history, ModelLifecycles lifecycles,
      Notifications notifications, UnitHierarchy units) {
    this.models = models;
    this.history = history;
    this.lifecycles = lifecycles;
    this.notifications = notifications;
    this.units = units;
  }

  public void retire(String modelCode, String reason, DelegateExecution execution) {
    SecurityModel model = models.findById(modelCode).orElseThrow();
    model.retire(reason, Clocks.now());
    history.record(modelCode, execution.getCurrentActivityId(), "retired", reason, execution);
    lifecycles.stopCycles(modelCode, execution.getProcessInstanceId(), "retired: " + reason);

    AdministrativeUnit commune = units.get(model.getUnitCode());
    notifications.tell(commune.getCode(), modelCode, "retired", model.getCode(), model.getName(), reason);
    units.districtOf(commune).ifPresent(d ->
        notifications.tell(d.getCode(), modelCode, "retired", model.getCode(), model.getName(), reason));
  }
}

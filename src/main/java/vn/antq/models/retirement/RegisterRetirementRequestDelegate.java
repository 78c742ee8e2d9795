package vn.antq.models.retirement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.model.ModelHistory;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.security.InstanceAccess;
import vn.antq.models.security.Official;
import vn.antq.models.security.OfficialService;
import vn.antq.models.unit.UnitHierarchy;

/** "Tiếp nhận đề nghị thanh loại": the request is filed under the model's code for the province. */
@Component("registerRetirementRequest")
public class RegisterRetirementRequestDelegate implements JavaDelegate {

  private final ModelRepository models;
  private final OfficialService officials;
  private final UnitHierarchy units;
  private final InstanceAccess access;
  private final ModelHistory history;

  public RegisterRetirementRequestDelegate(ModelRepository models, OfficialService officials, UnitHierarchy units,
      InstanceAccess access, ModelHistory history) {
    this.models = models;
    this.officials = officials;
    this.units = units;
    this.access = access;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Official requester = officials.current().orElseThrow();
    SecurityModel model = models.findById((String) execution.getVariable("modelCode")).orElseThrow();
    String reason = (String) execution.getVariable("reason");
    execution.setProcessBusinessKey(model.getCode());
    execution.setVariable("modelName", model.getName());
    execution.setVariable("unitName", units.get(model.getUnitCode()).getName());
    execution.setVariable("classification", model.getClassification());
    execution.setVariable("requestedBy", officials.displayName(requester.login()));
    execution.setVariable("requesterUnitName", requester.unit().getName());
    execution.setVariable("requestReason", reason);
    access.grantRead(execution.getProcessInstanceId(), units.get(model.getUnitCode()));
    history.record(model.getCode(), execution.getCurrentActivityId(), "requested", reason, execution);
  }
}

package vn.antq.models.replication;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.model.ModelCodeGenerator;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.security.InstanceAccess;
import vn.antq.models.security.Official;
import vn.antq.models.security.OfficialService;
import vn.antq.models.unit.UnitHierarchy;

/** "Lập đợt nhân rộng": the campaign and its targets enter the registry under a readable code. */
@Component("registerCampaign")
public class RegisterCampaignDelegate implements JavaDelegate {


  private final OfficialService officials;
  private final UnitHierarchy units;
  private final ModelCodeGenerator codes;
  private final ModelRepository models;
  private final CampaignRepository campaigns;
  private final TargetRepository targets;
  private final InstanceAccess access;

  public RegisterCampaignDelegate(OfficialService officials, UnitHierarchy units, ModelCodeGenerator codes,
      ModelRepository models, CampaignRepository campaigns, TargetRepository targets, InstanceAccess access) {
    this.officials = officials;
    this.units = units;
    this.codes = codes;
    this.models = models;
    this.campaigns = campaigns;
    this.targets = targets;
    this.access = access;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    Official starter = officials.current().orElseThrow();
    SecurityModel source = models.findById((String) execution.getVariable("sourceCode")).orElseThrow();
    LocalDate deadline = LocalDate.parse((String) execution.getVariable("deadline"));
    String code = codes.nextCampaignCode(units.provinceOf(starter.unit()).getCode());

    campaigns.save(new Campaign(code, source.getCode(), starter.unit().getCode(), starter.login(), Clocks.now(), deadline,
        execution.getProcessInstanceId()));
    for (String unit : (List<String>) execution.getVariable("targetUnits")) {
      targets.save(new Target(code, unit));
    }
    execution.setProcessBusinessKey(code);
    execution.setVariable("campaignCode", code);
    execution.setVariable("sourceName", source.getName());
    // what the unit filters show on each task card
    execution.setVariable("modelCode", source.getCode());
    execution.setVariable("modelName", source.getName());
    execution.setVariable("sourceUnitName", units.get(source.getUnitCode()).getName());
    execution.setVariable("deadlineText", deadline.format(Clocks.VN_DATE));
    execution.setVariable("deadlineDate", Clocks.at(deadline, Clocks.END_OF_DAY));
    access.grantRead(execution.getProcessInstanceId(), starter.unit());
  }
}

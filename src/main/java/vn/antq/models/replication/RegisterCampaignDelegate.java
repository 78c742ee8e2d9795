package vn.antq.models.replication;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.RegistryIntegrityException;
import vn.antq.models.model.ModelCodeGenerator;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.security.InstanceAccess;
import vn.antq.models.security.Official;
import vn.antq.models.security.OfficialService;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitHierarchy;

/**
 * "Lập đợt nhân rộng": the campaign and its targets enter the registry under a readable code. The
 * start form's rules are met again here, where the campaign is written: an effective model of the
 * starter's province, communes under the starter's unit.
 */
@Component("registerCampaign")
public class RegisterCampaignDelegate implements JavaDelegate {

    private final OfficialService officials;
    private final UnitHierarchy units;
    private final ModelCodeGenerator codes;
    private final ModelRepository models;
    private final CampaignRepository campaigns;
    private final TargetRepository targets;
    private final ReplicationOptions options;
    private final InstanceAccess access;

    public RegisterCampaignDelegate(
            OfficialService officials,
            UnitHierarchy units,
            ModelCodeGenerator codes,
            ModelRepository models,
            CampaignRepository campaigns,
            TargetRepository targets,
            ReplicationOptions options,
            InstanceAccess access) {
        this.officials = officials;
        this.units = units;
        this.codes = codes;
        this.models = models;
        this.campaigns = campaigns;
        this.targets = targets;
        this.options = options;
        this.access = access;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String sourceCode = execution.getVariable("sourceCode") instanceof String s ? s : "";
        Official starter = officials
                .current()
                .filter(ReplicationOptions::mayStart)
                .orElseThrow(() -> refused(
                        sourceCode,
                        execution,
                        officials.current().map(Official::login).orElse("an anonymous caller")
                                + " is not a district or province official"));
        SecurityModel source =
                models.findById(sourceCode).orElseThrow(() -> refused(sourceCode, execution, "no such model"));
        AdministrativeUnit province = units.provinceOf(starter.unit());
        if (!ReplicationOptions.isEffective(source) || !source.getProvinceCode().equals(province.getCode())) {
            throw refused(
                    sourceCode,
                    execution,
                    "it is not an active model classified EXCELLENT or GOOD of " + province.getCode());
        }
        List<String> communes = targetUnits(execution);
        Set<String> allowed = options.communes(starter).stream()
                .map(AdministrativeUnit::getCode)
                .collect(Collectors.toSet());
        communes.stream().filter(c -> !allowed.contains(c)).findFirst().ifPresent(c -> {
            throw refused(
                    sourceCode,
                    execution,
                    "commune " + c + " is not under " + starter.unit().getCode());
        });
        campaigns.findByProcessInstanceId(execution.getProcessInstanceId()).ifPresent(c -> {
            throw refused(sourceCode, execution, "this instance already registered campaign " + c.getCode());
        });
        LocalDate deadline = LocalDate.parse((String) execution.getVariable("deadline"));
        String code = codes.nextCampaignCode(province.getCode());

        campaigns.save(new Campaign(
                code,
                source.getCode(),
                starter.unit().getCode(),
                starter.login(),
                Clocks.now(),
                deadline,
                execution.getProcessInstanceId()));
        for (String unit : communes) {
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

    private static List<String> targetUnits(DelegateExecution execution) {
        Object value = execution.getVariable("targetUnits");
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw refused(String.valueOf(execution.getVariable("sourceCode")), execution, "no list of target communes");
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static RegistryIntegrityException refused(String sourceCode, DelegateExecution execution, String why) {
        return new RegistryIntegrityException(
                sourceCode, "start a replication campaign of", execution.getProcessInstanceId(), why);
    }
}

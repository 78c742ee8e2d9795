package vn.antq.models.replication;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import vn.antq.models.common.Clocks;
import vn.antq.models.evaluation.ModelLifecycles;
import vn.antq.models.model.ModelCodeGenerator;
import vn.antq.models.model.ModelHistory;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.unit.UnitHierarchy;

/**
 * A commune that accepts a replication runs the model as a new point, ACTIVE with its own
 * evaluations; only from a campaign of the instance that asks.
 */
@Service
public class Points {

    private final ModelRepository models;
    private final ModelCodeGenerator codes;
    private final UnitHierarchy units;
    private final ModelLifecycles lifecycles;
    private final ModelHistory history;

    public Points(
            ModelRepository models,
            ModelCodeGenerator codes,
            UnitHierarchy units,
            ModelLifecycles lifecycles,
            ModelHistory history) {
        this.models = models;
        this.codes = codes;
        this.units = units;
        this.lifecycles = lifecycles;
        this.history = history;
    }

    public String create(
            Campaign campaign,
            String communeCode,
            String leaderName,
            String leaderPhone,
            long members,
            LocalDate startedOn,
            DelegateExecution execution) {
        Campaigns.requireOwn(campaign, execution.getProcessInstanceId(), "create a point from campaign");
        SecurityModel source = models.findById(campaign.getSourceCode()).orElseThrow();
        SecurityModel origin = source.getOriginCode() == null
                ? source
                : models.findById(source.getOriginCode()).orElseThrow();
        String province = units.provinceOf(units.get(communeCode)).getCode();
        String code = codes.nextModelCode(province);
        SecurityModel point = SecurityModel.pointOf(
                origin,
                code,
                communeCode,
                province,
                campaign.getCode(),
                leaderName,
                leaderPhone,
                members,
                startedOn,
                history.actor(execution),
                Clocks.now());
        point.attachProcess(execution.getProcessInstanceId());
        models.save(point);
        history.record(code, execution.getCurrentActivityId(), "accepted", campaign.getCode(), execution);
        history.record(origin.getCode(), execution.getCurrentActivityId(), "replicated", code, execution);
        lifecycles.startCycle(code);
        return code;
    }
}

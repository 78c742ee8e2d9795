package vn.antq.models.replication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.RegistryIntegrityException;

/**
 * "Giao việc cho xã", the first step for each target commune: the campaign's target row is tied to
 * this commune's execution, and the commune gets its own, empty answer fields, so that parallel
 * communes never see or overwrite each other's answers. Only for a commune this instance's campaign
 * targets.
 */
@Component("askCommune")
public class AskCommuneDelegate implements JavaDelegate {

    private final Campaigns campaigns;
    private final TargetRepository targets;

    public AskCommuneDelegate(Campaigns campaigns, TargetRepository targets) {
        this.campaigns = campaigns;
        this.targets = targets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the engine's element variable of this commune's instance, set before any form could be submitted
        String unit = (String) execution.getVariable("targetUnit");
        Campaign campaign = campaigns.of(execution);
        targets.findByCampaignCodeAndUnitCode(campaign.getCode(), unit)
                .orElseThrow(() -> new RegistryIntegrityException(
                        campaign.getSourceCode(),
                        "ask commune " + unit + " to replicate",
                        execution.getProcessInstanceId(),
                        "the commune is not a target of campaign " + campaign.getCode()))
                .askedBy(execution.getId());
        CheckAnswerListener.ANSWER_FIELDS.forEach(f -> execution.setVariableLocal(f, null));
    }
}

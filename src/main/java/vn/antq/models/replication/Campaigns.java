package vn.antq.models.replication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import vn.antq.models.common.RegistryIntegrityException;

/**
 * The registry rows of the campaign a process instance runs: found by business key and execution,
 * and accepted only when the campaign was registered by this very instance, so that an instance
 * started part-way under another campaign's code asks no commune and creates no point.
 */
@Service
public class Campaigns {

    private final CampaignRepository campaigns;
    private final TargetRepository targets;

    public Campaigns(CampaignRepository campaigns, TargetRepository targets) {
        this.campaigns = campaigns;
        this.targets = targets;
    }

    public Campaign of(DelegateExecution execution) {
        String code = execution.getProcessBusinessKey();
        String instance = execution.getProcessInstanceId();
        Campaign campaign = campaigns
                .findById(code == null ? "" : code)
                .orElseThrow(() -> new RegistryIntegrityException(
                        null, "run the replication campaign " + code, instance, "no such campaign"));
        requireOwn(campaign, instance, "run the replication campaign");
        return campaign;
    }

    /** The target a multi-instance execution asks; set when its task opened, never from a form variable. */
    public Target targetAskedBy(DelegateExecution execution) {
        return targets.findByExecutionId(execution.getId())
                .orElseThrow(() -> new IllegalStateException("No target for execution " + execution.getId()));
    }

    /** Refuses {@code what} unless {@code campaign} was registered by {@code processInstanceId}. */
    static void requireOwn(Campaign campaign, String processInstanceId, String what) {
        if (!campaign.getProcessInstanceId().equals(processInstanceId)) {
            throw new RegistryIntegrityException(
                    campaign.getSourceCode(),
                    what + " " + campaign.getCode() + " of",
                    processInstanceId,
                    "the campaign belongs to process instance " + campaign.getProcessInstanceId());
        }
    }
}

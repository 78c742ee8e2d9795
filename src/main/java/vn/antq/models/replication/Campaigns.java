package vn.antq.models.replication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/** The registry rows of the campaign a process instance runs: found by business key and execution. */
@Service
public class Campaigns {

  private final CampaignRepository campaigns;
  private final TargetRepository targets;

  public Campaigns(CampaignRepository campaigns, TargetRepository targets) {
    this.campaigns = campaigns;
    this.targets = targets;
  }

  public Campaign of(DelegateExecution execution) {
    return campaigns.findById(execution.getProcessBusinessKey()).orElseThrow();
  }

  /** The target a multi-instance execution asks; set when its task opened, never from a form variable. */
  public Target targetAskedBy(DelegateExecution execution) {
    return targets.findByExecutionId(execution.getId())
        .orElseThrow(() -> new IllegalStateException("No target for execution " + execution.getId()));
  }
}

package vn.antq.models.replication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kết thúc đợt nhân rộng": every target commune answered. */
@Component("closeCampaign")
public class CloseCampaignDelegate implements JavaDelegate {

    private final Campaigns campaigns;

    public CloseCampaignDelegate(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.of(execution).close();
    }
}

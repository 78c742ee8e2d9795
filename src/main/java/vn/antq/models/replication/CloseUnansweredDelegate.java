package vn.antq.models.replication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.notification.NotificationKind;
import vn.antq.models.notification.Notifications;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitHierarchy;

/**
 * "Ghi nhận xã không trả lời, báo cấp trên": at the deadline, every commune that has not answered is
 * recorded as "no answer" and the unit above it (the district, or the province where there is none)
 * is told; the campaign ends.
 */
@Component("closeUnanswered")
public class CloseUnansweredDelegate implements JavaDelegate {

    private final Campaigns campaigns;
    private final TargetRepository targets;
    private final ModelRepository models;
    private final UnitHierarchy units;
    private final Notifications notifications;

    public CloseUnansweredDelegate(
            Campaigns campaigns,
            TargetRepository targets,
            ModelRepository models,
            UnitHierarchy units,
            Notifications notifications) {
        this.campaigns = campaigns;
        this.targets = targets;
        this.models = models;
        this.units = units;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Campaign campaign = campaigns.of(execution);
        SecurityModel source = models.findById(campaign.getSourceCode()).orElseThrow();
        for (Target target : targets.findByCampaignCodeAndOutcome(campaign.getCode(), Target.Outcome.PENDING)) {
            target.noAnswer(Clocks.now());
            AdministrativeUnit commune = units.get(target.getUnitCode());
            AdministrativeUnit above = units.get(commune.getParentCode());
            notifications.tell(
                    above.getCode(),
                    source.getCode(),
                    NotificationKind.NO_ANSWER,
                    campaign.getCode(),
                    source.getName(),
                    commune.getName(),
                    campaign.getDeadline());
        }
        campaign.close();
    }
}

package vn.antq.models.replication;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ModelHistory;
import vn.antq.models.common.RegistryIntegrityException;

/**
 * A target commune's answer. On entry the task is tied to its target and gets its own, empty
 * answer fields, so that parallel communes never see or overwrite each other's answers. On
 * completion the answer is validated; an acceptance creates the new point.
 */
@Component("replicationAnswer")
public class AnswerTaskListener implements ExecutionListener {

  static final String ACCEPT = "accept";
  static final String DECLINE = "decline";
  static final List<String> ACCEPT_FIELDS = List.of("leaderName", "leaderPhone", "members", "startedOn");
  static final List<String> ANSWER_FIELDS = List.of("decision", "reason", "leaderName", "leaderPhone", "members", "startedOn");

  private final Messages messages;
  private final Campaigns campaigns;
  private final TargetRepository targets;
  private final Points points;
  private final ModelHistory history;

  public AnswerTaskListener(Messages messages, Campaigns campaigns, TargetRepository targets, Points points,
      ModelHistory history) {
    this.messages = messages;
    this.campaigns = campaigns;
    this.targets = targets;
    this.points = points;
    this.history = history;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the deadline closed the task: nobody answered
    }
    if (EVENTNAME_START.equals(execution.getEventName())) {
      // the engine's element variable of this instance; read before any form could have been submitted
      String unit = (String) execution.getVariable("targetUnit");
      Campaign campaign = campaigns.of(execution);
      targets.findByCampaignCodeAndUnitCode(campaign.getCode(), unit).orElseThrow(() -> new RegistryIntegrityException(
          campaign.getSourceCode(), "ask commune " + unit + " to replicate", execution.getProcessInstanceId(),
          "the commune is not a target of campaign " + campaign.getCode())).askedBy(execution.getId());
      ANSWER_FIELDS.forEach(f -> execution.setVariableLocal(f, null));
      return;
    }
    Campaign campaign = campaigns.of(execution);
    Target target = campaigns.targetAskedBy(execution);
    FormInput in = new FormInput(execution, messages);
    in.refuseUnknown(ValidateReplicationListener.KNOWN);
    String decision = in.text("decision", 20, true);
    if (!ACCEPT.equals(decision) && !DECLINE.equals(decision)) {
      throw in.refuse("decision", "problem.notAChoice");
    }
    if (DECLINE.equals(decision)) {
      String reason = in.text("reason", 2000, true);
      target.decline(reason, history.actor(execution), Clocks.now());
      in.write("reason", reason);
      // what only an acceptance fills in is not kept, unread and uncleaned, beside a refusal
      ACCEPT_FIELDS.forEach(f -> in.write(f, null));
      return;
    }
    String leaderName = in.text("leaderName", 200, true);
    String leaderPhone = in.phone("leaderPhone", false);
    long members = in.wholeNumber("members", 1, true);
    LocalDate startedOn = in.date("startedOn", true);
    if (startedOn.isAfter(Clocks.today().plusYears(1))) {
      throw in.refuse("startedOn", "problem.tooFarAhead");
    }
    String pointCode = points.create(campaign, target.getUnitCode(), leaderName, leaderPhone, members, startedOn, execution);
    target.accept(pointCode, history.actor(execution), Clocks.now());
    in.write("leaderName", leaderName);
    in.write("leaderPhone", leaderPhone);
    in.write("members", members);
    in.write("startedOn", startedOn.toString());
    in.write("pointCode", pointCode);
    in.write("reason", null);
  }
}

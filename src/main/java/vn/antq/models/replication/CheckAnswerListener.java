package vn.antq.models.replication;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.DecisionForm;
import vn.antq.models.common.FormCheck;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.common.RegistryIntegrityException;

/**
 * The check of "Tiếp nhận nhân rộng mô hình". On entry the task must belong to this instance's
 * campaign and to a commune "Giao việc cho xã" asked; on completion the answer is checked: a refusal
 * needs its reason, an acceptance the new point's leader, members and start date. What passed is
 * recorded by "Lập điểm mô hình mới" or "Ghi nhận xã từ chối".
 */
@Component("checkAnswer")
public class CheckAnswerListener extends FormCheck<CheckAnswerListener.Answer> {

    static final List<String> ACCEPT_FIELDS = List.of("leaderName", "leaderPhone", "members", "startedOn");
    static final List<String> ANSWER_FIELDS =
            List.of("decision", "reason", "leaderName", "leaderPhone", "members", "startedOn");

    /** An answer that passed the check; only an acceptance has a leader, members and a start date. */
    record Answer(
            ReplicationAnswer decision,
            String reason,
            String leaderName,
            String leaderPhone,
            long members,
            LocalDate startedOn) {}

    private final Messages messages;
    private final Campaigns campaigns;

    public CheckAnswerListener(Messages messages, Campaigns campaigns) {
        this.messages = messages;
        this.campaigns = campaigns;
    }

    /** What the steps after the task record: the campaign, the asked target and its checked answer. */
    record Answered(Campaign campaign, Target target, Answer answer) {}

    @Override
    protected void opened(DelegateExecution execution) {
        campaigns.of(execution);
        campaigns.targetAskedBy(execution);
    }

    /** For the step that records {@code expected}: the checked answer of this commune, which must be that one. */
    Answered answered(DelegateExecution execution, ReplicationAnswer expected) {
        Campaign campaign = campaigns.of(execution);
        Target target = campaigns.targetAskedBy(execution);
        Answer answer = checked(execution);
        if (answer.decision() != expected) {
            throw new RegistryIntegrityException(
                    campaign.getSourceCode(),
                            "record the answer " + expected.value() + " of " + target.getUnitCode() + " for",
                    execution.getProcessInstanceId(),
                            "the commune answered " + answer.decision().value());
        }
        return new Answered(campaign, target, answer);
    }

    /** At the task's end: the task is still this campaign's and this commune's, and its answer is checked. */
    @Override
    public Answer read(DelegateExecution execution) {
        opened(execution);
        return checked(execution);
    }

    /** The answer in this commune's variables, checked, and written back normalised. */
    private Answer checked(DelegateExecution execution) {
        FormInput in = new FormInput(execution, messages);
        in.refuseUnknown(CheckReplicationListener.KNOWN);
        ReplicationAnswer decision = in.choice("decision", List.of(ReplicationAnswer.values()));
        in.write("decision", decision.value());
        if (decision == ReplicationAnswer.DECLINE) {
            String reason = in.text("reason", DecisionForm.REASON_MAX, true);
            in.write("reason", reason);
            // what only an acceptance fills in is not kept, unread and uncleaned, beside a refusal
            ACCEPT_FIELDS.forEach(f -> in.write(f, null));
            return new Answer(decision, reason, null, null, 0, null);
        }
        String leaderName = in.text("leaderName", 200, true);
        String leaderPhone = in.phone("leaderPhone", false);
        long members = in.wholeNumber("members", 1, true);
        LocalDate startedOn = in.date("startedOn", true);
        if (startedOn.isAfter(Clocks.today().plusYears(1))) {
            throw in.refuse("startedOn", "problem.tooFarAhead");
        }
        in.write("leaderName", leaderName);
        in.write("leaderPhone", leaderPhone);
        in.write("members", members);
        in.write("startedOn", startedOn.toString());
        in.write("reason", null);
        return new Answer(decision, null, leaderName, leaderPhone, members, startedOn);
    }
}

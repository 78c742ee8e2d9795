package vn.antq.models.replication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.model.ModelHistory;

/** "Ghi nhận xã từ chối": the campaign's target row records the refusal and its reason. */
@Component("recordDecline")
public class RecordDeclineDelegate implements JavaDelegate {

    private final CheckAnswerListener check;
    private final ModelHistory history;

    public RecordDeclineDelegate(CheckAnswerListener check, ModelHistory history) {
        this.check = check;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CheckAnswerListener.Answered answered = check.answered(execution, ReplicationAnswer.DECLINE);
        answered.target().decline(answered.answer().reason(), history.actor(execution), Clocks.now());
    }
}

package vn.antq.models.replication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.model.ModelHistory;

/**
 * "Lập điểm mô hình mới": the commune accepted, so its point of the source model is created, starts its
 * own evaluation cycles, and the campaign's target row records the acceptance and the point's code.
 */
@Component("createPoint")
public class CreatePointDelegate implements JavaDelegate {

    private final CheckAnswerListener check;
    private final Points points;
    private final ModelHistory history;

    public CreatePointDelegate(CheckAnswerListener check, Points points, ModelHistory history) {
        this.check = check;
        this.points = points;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CheckAnswerListener.Answered answered = check.answered(execution, ReplicationAnswer.ACCEPT);
        CheckAnswerListener.Answer answer = answered.answer();
        String pointCode = points.create(
                answered.campaign(),
                answered.target().getUnitCode(),
                answer.leaderName(),
                answer.leaderPhone(),
                answer.members(),
                answer.startedOn(),
                execution);
        answered.target().accept(pointCode, history.actor(execution), Clocks.now());
        execution.setVariable("pointCode", pointCode);
    }
}

package vn.antq.models.absence;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;
import vn.antq.models.common.OnBehalf;
import vn.antq.models.security.Absence;
import vn.antq.models.security.Absences;
import vn.antq.models.security.OfficialService;
import vn.antq.models.security.Privileged;

/**
 * "Chuyển việc cho người làm thay": on the absence's first day, every task assigned to the absent
 * official goes to the stand-in, marked as done on the official's behalf, with a comment in its
 * history. New tasks of the absence's days follow in {@code engine/StandInAssignment}.
 */
@Component("handOverTasks")
public class HandOverTasksDelegate implements JavaDelegate {

    /** Tasks handed over per query. */
    static final int PAGE = 500;

    private final Absences absences;
    private final TaskService tasks;
    private final OfficialService officials;
    private final Messages messages;

    public HandOverTasksDelegate(Absences absences, TaskService tasks, OfficialService officials, Messages messages) {
        this.absences = absences;
        this.tasks = tasks;
        this.officials = officials;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Absence a = absences.byId((Long) execution.getVariable(AbsenceProcess.ABSENCE_ID))
                .orElseThrow();
        if (!a.covers(Clocks.today())) {
            return; // ended early or replaced in the meantime
        }
        String note = messages.get(
                "absence.handedOver",
                officials.name(a.getStandIn()),
                officials.name(a.getLogin()),
                Clocks.VN_DATE.format(a.getStartsOn()),
                Clocks.VN_DATE.format(a.getEndsOn()));
        Privileged.run(() -> {
            for (Task t : tasks.createTaskQuery().taskAssignee(a.getLogin()).listPage(0, PAGE)) {
                tasks.setVariableLocal(t.getId(), OnBehalf.VARIABLE, a.getLogin());
                tasks.setAssignee(t.getId(), a.getStandIn());
                tasks.createComment(t.getId(), t.getProcessInstanceId(), note);
            }
        });
        execution.setVariable("handedOver", true);
    }
}

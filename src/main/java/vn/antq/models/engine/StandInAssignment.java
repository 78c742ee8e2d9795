package vn.antq.models.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.antq.models.common.OnBehalf;
import vn.antq.models.security.Absences;

/**
 * "Người làm thay" in every user task of every process: a task assigned to an official who is away
 * today (an expression, a colleague's assignment, a claim made for them) goes to their stand-in,
 * marked as taken on their behalf; at its completion that mark moves to the execution, where the step
 * that records the decision finds it ({@code model/ModelHistory}). A new task starts without one.
 */
@Component
public class StandInAssignment extends AbstractProcessEnginePlugin {

    private final ObjectProvider<Absences> absences;

    public StandInAssignment(ObjectProvider<Absences> absences) {
        this.absences = absences; // looked up when a task is assigned: the engine is built before it
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, StandInAssignment.this::created);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, StandInAssignment.this::assigned);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, StandInAssignment.this::completed);
            }
        });
    }

    void created(DelegateTask task) {
        if (task.getExecution() != null && task.getExecution().hasVariable(OnBehalf.VARIABLE)) {
            task.getExecution().removeVariable(OnBehalf.VARIABLE); // an earlier task's, already recorded or not
        }
        assigned(task);
    }

    void assigned(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null) {
            return;
        }
        absences.getObject().standInFor(assignee).ifPresent(standIn -> {
            task.setVariableLocal(OnBehalf.VARIABLE, assignee);
            task.setAssignee(standIn);
        });
    }

    /**
     * The mark goes on only if a recorded absence had the task's assignee stand in for that official
     * (during it or after: the stand-in keeps what they took); anything else of that name is dropped.
     */
    void completed(DelegateTask task) {
        if (task.getExecution() == null) {
            return;
        }
        Object behalf = task.getVariableLocal(OnBehalf.VARIABLE);
        boolean genuine = behalf instanceof String absent
                && task.getAssignee() != null
                && absences.getObject().stoodIn(task.getAssignee(), absent);
        if (genuine) {
            task.getExecution().setVariable(OnBehalf.VARIABLE, behalf);
        } else if (task.getExecution().hasVariable(OnBehalf.VARIABLE)) {
            task.getExecution().removeVariable(OnBehalf.VARIABLE);
        }
    }
}

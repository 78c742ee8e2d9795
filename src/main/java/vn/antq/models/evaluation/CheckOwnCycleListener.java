package vn.antq.models.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On entry to an evaluation task (report, assessment, classification): the instance must run its
 * own cycle of the model under its business key. An instance started at the task under another
 * model's code is refused before the task reaches that model's officials.
 */
@Component("checkOwnCycle")
public class CheckOwnCycleListener implements ExecutionListener {

    private final EvaluationCycles cycles;

    public CheckOwnCycleListener(EvaluationCycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public void notify(DelegateExecution execution) {
        cycles.checkOwn(execution);
    }
}

package vn.antq.models.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Mở kỳ đánh giá tiếp theo": the next cycle, on the latest version of the process; only after this
 * instance's own cycle has its result.
 */
@Component("startNextCycle")
public class StartNextCycleDelegate implements JavaDelegate {

    private final EvaluationCycles cycles;
    private final ModelLifecycles lifecycles;

    public StartNextCycleDelegate(EvaluationCycles cycles, ModelLifecycles lifecycles) {
        this.cycles = cycles;
        this.lifecycles = lifecycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Evaluation ended = cycles.ended(
                execution, "open the next evaluation cycle of", EvaluationOutcome.CLASSIFIED, EvaluationOutcome.MISSED);
        lifecycles.startCycle(ended.getModelCode());
    }
}

package vn.antq.models.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.ModelTransition;

/**
 * "Lưu kết quả xếp loại": the model's current class becomes this cycle's class; only the model of
 * this instance's own cycle, once the province classified it.
 */
@Component("recordEvaluation")
public class RecordEvaluationDelegate implements JavaDelegate {

    private final EvaluationCycles cycles;
    private final ModelRepository models;

    public RecordEvaluationDelegate(EvaluationCycles cycles, ModelRepository models) {
        this.cycles = cycles;
        this.models = models;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Evaluation cycle = cycles.ended(execution, ModelTransition.CLASSIFY.toString(), EvaluationOutcome.CLASSIFIED);
        models.findById(cycle.getModelCode()).orElseThrow().classify(cycle.getFinalClassification());
        cycles.exposeOutcomes(execution, cycle);
    }
}

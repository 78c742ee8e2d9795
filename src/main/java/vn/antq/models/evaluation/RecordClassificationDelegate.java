package vn.antq.models.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.model.ModelHistory;

/**
 * "Ghi nhận xếp loại của tỉnh": the province's class (and its reason for any departure from the rule)
 * goes into this cycle and the model's history. Only for this instance's own cycle once reported
 * (and assessed, where a district tier remains); the classification is checked again here.
 */
@Component("recordClassification")
public class RecordClassificationDelegate implements JavaDelegate {

    private final CheckClassificationListener check;
    private final EvaluationCycles cycles;
    private final ModelHistory history;

    public RecordClassificationDelegate(
            CheckClassificationListener check, EvaluationCycles cycles, ModelHistory history) {
        this.check = check;
        this.cycles = cycles;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Evaluation cycle = cycles.ended(
                execution,
                "record the province's classification of",
                EvaluationOutcome.REPORTED,
                EvaluationOutcome.ASSESSED);
        CheckClassificationListener.Ruling ruling = check.read(execution, cycle);
        cycle.classify(ruling.chosen(), ruling.reason(), history.actor(execution), Clocks.now());
        history.record(
                cycle.getModelCode(),
                ProcessIds.CLASSIFY_BY_PROVINCE,
                ruling.chosen().name(),
                ruling.reason(),
                execution);
    }
}

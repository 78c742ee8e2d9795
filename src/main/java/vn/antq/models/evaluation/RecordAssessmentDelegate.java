package vn.antq.models.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.model.ModelHistory;

/**
 * "Ghi nhận thẩm định của huyện": the district's proposed class and note go into this cycle and the
 * model's history. Only for this instance's own cycle once the commune has reported; the assessment
 * is checked again here.
 */
@Component("recordAssessment")
public class RecordAssessmentDelegate implements JavaDelegate {

    private final CheckAssessmentListener check;
    private final EvaluationCycles cycles;
    private final ModelHistory history;

    public RecordAssessmentDelegate(CheckAssessmentListener check, EvaluationCycles cycles, ModelHistory history) {
        this.check = check;
        this.cycles = cycles;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Evaluation cycle = cycles.ended(execution, "record the district's assessment of", EvaluationOutcome.REPORTED);
        CheckAssessmentListener.Assessment assessment = check.read(execution);
        cycle.assess(assessment.proposed(), assessment.note(), history.actor(execution));
        history.record(
                cycle.getModelCode(),
                ProcessIds.ASSESS_BY_DISTRICT,
                assessment.proposed().name(),
                assessment.note(),
                execution);
    }
}

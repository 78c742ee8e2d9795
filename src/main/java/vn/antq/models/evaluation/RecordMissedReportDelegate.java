package vn.antq.models.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.model.ModelHistory;

/** "Ghi nhận không báo cáo đúng hạn": the deadline of this instance's own cycle passed without a report. */
@Component("recordMissedReport")
public class RecordMissedReportDelegate implements JavaDelegate {

    private final EvaluationCycles cycles;
    private final ModelHistory history;

    public RecordMissedReportDelegate(EvaluationCycles cycles, ModelHistory history) {
        this.cycles = cycles;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Evaluation cycle = cycles.ended(execution, "record a missed report of", EvaluationOutcome.SCHEDULED);
        cycle.miss(Clocks.now());
        history.record(cycle.getModelCode(), ProcessIds.REPORT_OVERDUE, "missed", null, execution);
        cycles.exposeOutcomes(execution, cycle);
    }
}

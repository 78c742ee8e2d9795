package vn.antq.models.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.model.ModelHistory;

/**
 * "Ghi nhận báo cáo": the commune's checked report becomes this cycle's indicators, and the model's
 * history says who reported. Only for this instance's own cycle while it waits for its report; the
 * report is checked again here, so an instance started at this step records nothing unchecked.
 */
@Component("recordReport")
public class RecordReportDelegate implements JavaDelegate {

    private final CheckReportListener check;
    private final EvaluationCycles cycles;
    private final ModelHistory history;

    public RecordReportDelegate(CheckReportListener check, EvaluationCycles cycles, ModelHistory history) {
        this.check = check;
        this.cycles = cycles;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Evaluation cycle = cycles.ended(execution, "record the report of", EvaluationOutcome.SCHEDULED);
        CheckReportListener.Report report = check.read(execution);
        cycle.report(report.indicators(), report.narrative(), history.actor(execution), Clocks.now());
        history.record(cycle.getModelCode(), ProcessIds.REPORT_BY_COMMUNE, "reported", null, execution);
    }
}

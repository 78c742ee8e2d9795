package vn.antq.models.evaluation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.RegistryIntegrityException;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.unit.UnitHierarchy;

/**
 * "Lên lịch kỳ đánh giá": the cycle's due date and report deadline, recorded in the registry; only
 * for an active model none of whose cycles is still open.
 */
@Component("scheduleEvaluation")
public class ScheduleEvaluationDelegate implements JavaDelegate {

    /** Evaluations fall due at the start of the working day; reports are due by the end of the deadline day. */
    static final LocalTime DUE_AT = LocalTime.of(7, 0);

    private final ModelRepository models;
    private final EvaluationRepository evaluations;
    private final EvaluationCycles cycles;
    private final EvaluationCalendar calendar;
    private final UnitHierarchy units;

    public ScheduleEvaluationDelegate(
            ModelRepository models,
            EvaluationRepository evaluations,
            EvaluationCycles cycles,
            EvaluationCalendar calendar,
            UnitHierarchy units) {
        this.models = models;
        this.evaluations = evaluations;
        this.cycles = cycles;
        this.calendar = calendar;
        this.units = units;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = execution.getProcessBusinessKey();
        SecurityModel model = models.findById(code == null ? "" : code)
                .orElseThrow(() -> new RegistryIntegrityException(
                        code, "schedule an evaluation of", execution.getProcessInstanceId(), "no such model"));
        Optional<Evaluation> previous = cycles.requireNoneOpen(model, execution);
        int cycleNo = previous.map(e -> e.getCycleNo() + 1).orElse(1);
        LocalDate approvedOn = LocalDate.ofInstant(model.getActivatedAt(), Clocks.VIETNAM);
        LocalDate due = calendar.dueDate(
                approvedOn, previous.map(Evaluation::getDueOn), Clocks.today().plusDays(1));
        LocalDate deadline = calendar.reportDeadline(due);
        LocalDate periodFrom = previous.map(e -> e.getPeriodTo().plusDays(1)).orElse(approvedOn);
        evaluations.save(
                new Evaluation(model.getCode(), cycleNo, periodFrom, due, deadline, execution.getProcessInstanceId()));

        execution.setVariable("modelCode", model.getCode());
        execution.setVariable("modelName", model.getName());
        execution.setVariable("unitName", units.get(model.getUnitCode()).getName());
        execution.setVariable("cycleNo", cycleNo);
        execution.setVariables(dates(due, deadline));
    }

    /** The timer's due time, the report's deadline, and both as officials read them. */
    static Map<String, Object> dates(LocalDate due, LocalDate deadline) {
        return Map.of(
                "evaluationDue", Clocks.at(due, DUE_AT),
                "reportDeadline", Clocks.at(deadline, Clocks.END_OF_DAY),
                "dueOnText", due.format(Clocks.VN_DATE),
                "reportDeadlineText", deadline.format(Clocks.VN_DATE));
    }
}

package vn.antq.models.yearend;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.antq.models.common.FieldRefusal;
import vn.antq.models.common.Messages;
import vn.antq.models.security.Official;
import vn.antq.models.security.OfficialService;

/**
 * Who may open a sitting of "Xếp loại cuối năm", from their login: an official of a province (its
 * classifications) or of a district (its assessments) with work waiting. The sitting remembers the
 * step and the unit, for the list and for each row's completion.
 */
@Component("checkYearEndStart")
public class CheckYearEndStartListener implements ExecutionListener {

    private final OfficialService officials;
    private final WaitingClassifications waiting;
    private final Messages messages;

    public CheckYearEndStartListener(OfficialService officials, WaitingClassifications waiting, Messages messages) {
        this.officials = officials;
        this.waiting = waiting;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Official official = officials.current().orElse(null);
        YearEndStep step = official == null ? null : YearEndStep.of(official).orElse(null);
        if (step == null) {
            throw new FieldRefusal("unit", messages.refusal("unit", "problem.yearEndNotAllowed"));
        }
        int count = waiting.of(official.unit(), step).size();
        if (count == 0) {
            throw new FieldRefusal("unit", messages.refusal("unit", "problem.yearEndNothingWaiting"));
        }
        execution.setVariable(YearEndSittings.STEP, step.name());
        execution.setVariable(YearEndSittings.SITTING, execution.getProcessInstanceId()); // as the forms ask for it
        execution.setVariable("unitCode", official.unit().getCode());
        execution.setVariable("unitName", official.unit().getName());
        execution.setVariable("waitingCount", (long) count);
        execution.setVariable(
                "sittingTitle", messages.get("yearEnd.title." + step.name().toLowerCase(java.util.Locale.ROOT)));
    }
}

package vn.antq.models.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.antq.models.common.FormCheck;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;

/**
 * Checks the commune's report when "Báo cáo kết quả hoạt động" is completed: every indicator a count
 * ≥ 0, valuable tips no more than tips, a cleaned narrative. A refusal reaches Tasklist as a message
 * on the field and the task stays open; the step "Ghi nhận báo cáo" records what passed.
 */
@Component("checkReport")
public class CheckReportListener extends FormCheck<CheckReportListener.Report> {

    /** The engine stores a string variable in at most 4,000 characters. */
    static final int NARRATIVE_MAX = 4000;

    /** A report that passed the check. */
    record Report(Indicators indicators, String narrative) {}

    private final Messages messages;

    public CheckReportListener(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Report read(DelegateExecution execution) {
        FormInput in = new FormInput(execution, messages);
        in.refuseUnknown(LifecycleVariables.KNOWN);
        Map<String, Long> values = new LinkedHashMap<>();
        for (String key : Indicators.KEYS) {
            values.put(key, in.wholeNumber(key, 0, true));
        }
        if (values.get("valuableTips") > values.get("tips")) {
            throw in.refuse("valuableTips", "problem.valuableTipsOverTips");
        }
        String narrative = in.richText("narrative", NARRATIVE_MAX, true);
        values.forEach(in::write);
        in.write("narrative", narrative);
        return new Report(Indicators.of(values), narrative);
    }
}

package vn.antq.models.yearend;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.antq.models.common.FieldRefusal;
import vn.antq.models.common.FormCheck;
import vn.antq.models.common.Messages;

/**
 * Checks "Xếp loại các mô hình đang chờ" when the official submits it: at least one row chosen (the
 * rows themselves were checked when the list saved them). The step "Ghi nhận danh sách xếp loại"
 * queues what passed.
 */
@Component("checkYearEndList")
public class CheckYearEndListListener extends FormCheck<Long> {

    private final YearEndSittings sittings;
    private final Messages messages;

    public CheckYearEndListListener(YearEndSittings sittings, Messages messages) {
        this.sittings = sittings;
        this.messages = messages;
    }

    @Override
    public Long read(DelegateExecution execution) {
        long chosen = sittings.draftCount(execution.getProcessInstanceId());
        if (chosen == 0) {
            throw new FieldRefusal("decisionCount", messages.refusal("decisionCount", "problem.yearEndNoChoice"));
        }
        execution.setVariable("decisionCount", chosen);
        return chosen;
    }
}

package vn.antq.models.yearend;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ghi nhận danh sách xếp loại": the sitting's chosen rows, checked again, are queued for completion one by one. */
@Component("queueYearEndRows")
public class QueueYearEndRowsDelegate implements JavaDelegate {

    private final CheckYearEndListListener check;
    private final YearEndSittings sittings;

    public QueueYearEndRowsDelegate(CheckYearEndListListener check, YearEndSittings sittings) {
        this.check = check;
        this.sittings = sittings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        check.read(execution);
        execution.setVariable("queuedCount", (long) sittings.queue(execution).size());
    }
}

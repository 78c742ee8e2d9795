package vn.antq.models.yearend;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tổng hợp kết quả": how many rows were classified, refused or already gone, for the result form. */
@Component("sumUpYearEnd")
public class SumUpYearEndDelegate implements JavaDelegate {

    private final YearEndSittings sittings;

    public SumUpYearEndDelegate(YearEndSittings sittings) {
        this.sittings = sittings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(sittings.outcomeVariables(execution.getProcessInstanceId()));
    }
}

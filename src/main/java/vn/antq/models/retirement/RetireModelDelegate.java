package vn.antq.models.retirement;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Thanh loại mô hình": the retirement rule said so; its reason is recorded. */
@Component("retireModel")
public class RetireModelDelegate implements JavaDelegate {

    private final Retirements retirements;

    public RetireModelDelegate(Retirements retirements) {
        this.retirements = retirements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // read defensively: an instance started at this step carries whatever variables its starter gave,
        // and is refused for having no cycle of its own, not for a badly shaped variable
        Object rule = execution.getVariable("retirement");
        retirements.byRule(
                execution, rule instanceof Map<?, ?> verdict ? String.valueOf(verdict.get("retiredReason")) : null);
    }
}

package vn.antq.models.retirement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Thanh loại mô hình theo đề nghị": the province approved the request. */
@Component("retireOnRequest")
public class RetireOnRequestDelegate implements JavaDelegate {

    private final Retirements retirements;

    public RetireOnRequestDelegate(Retirements retirements) {
        this.retirements = retirements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        retirements.onRequest(execution);
    }
}

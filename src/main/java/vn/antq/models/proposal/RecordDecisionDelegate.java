package vn.antq.models.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.antq.models.common.DecisionForm;
import vn.antq.models.common.Messages;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.model.ModelHistory;
import vn.antq.models.model.RecordDecision;

/** "Ghi nhận kết quả thẩm định" and "Ghi nhận quyết định phê duyệt": the review's or the approval's decision in the model's history. */
@Component("recordDecision")
public class RecordDecisionDelegate extends RecordDecision {

    static final String DISTRICT_DECISION = "districtDecision";
    static final String DISTRICT_REASON = "districtReason";

    private final Messages messages;

    public RecordDecisionDelegate(CheckDecisionListener check, ModelHistory history, Messages messages) {
        super(check, history);
        this.messages = messages;
    }

    /**
     * The district's review stays readable for the province: its decision (as the review form words
     * it) and its reason become {@code districtDecision} and {@code districtReason}, which the
     * approval form shows. Each later review replaces them.
     */
    @Override
    protected void decided(DelegateExecution execution, String step, DecisionForm.Answer answer) {
        if (ProcessIds.REVIEW_BY_DISTRICT.equals(step)) {
            execution.setVariable(
                    DISTRICT_DECISION,
                    messages.get(
                            "decision.option." + step + "." + answer.decision().value()));
            execution.setVariable(DISTRICT_REASON, answer.reason() == null ? "" : answer.reason());
        }
    }
}

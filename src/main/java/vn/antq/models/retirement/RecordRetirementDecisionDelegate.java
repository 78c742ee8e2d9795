package vn.antq.models.retirement;

import org.springframework.stereotype.Component;
import vn.antq.models.model.ModelHistory;
import vn.antq.models.model.RecordDecision;

/** "Ghi nhận quyết định thanh loại": the province's ruling in the model's history. */
@Component("recordRetirementDecision")
public class RecordRetirementDecisionDelegate extends RecordDecision {

    public RecordRetirementDecisionDelegate(CheckRetirementDecisionListener check, ModelHistory history) {
        super(check, history);
    }
}

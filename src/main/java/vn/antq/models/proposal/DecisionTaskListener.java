package vn.antq.models.proposal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.antq.models.common.DecisionForm;
import vn.antq.models.model.DecisionTask;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ModelHistory;
import vn.antq.models.common.ProcessIds;

/** The district's review and the province's approval: approve, return for revision, or reject. */
@Component("decisionTask")
public class DecisionTaskListener extends DecisionTask {

  static final String DISTRICT_DECISION = "districtDecision";
  static final String DISTRICT_REASON = "districtReason";

  private final ProposalModels proposals;
  private final Messages messages;

  public DecisionTaskListener(Messages messages, ModelHistory history, ProposalModels proposals) {
    super(messages, history, List.of(DecisionForm.APPROVE, DecisionForm.RETURN, DecisionForm.REJECT), ProposalForm.KNOWN);
    this.proposals = proposals;
    this.messages = messages;
  }

  /**
   * The district's review stays readable for the province: its decision (as the review form words
   * it) and its reason become {@code districtDecision} and {@code districtReason}, which the
   * approval form shows. Each later review replaces them.
   */
  @Override
  protected void decided(DelegateExecution execution, DecisionForm.Answer answer) {
    if (ProcessIds.REVIEW_BY_DISTRICT.equals(execution.getCurrentActivityId())) {
      execution.setVariable(DISTRICT_DECISION, messages.get("districtReview." + answer.decision()));
      execution.setVariable(DISTRICT_REASON, answer.reason() == null ? "" : answer.reason());
    }
  }

  @Override
  protected void requireOwnModel(DelegateExecution execution) {
    proposals.own(execution, "decide on");
  }
}

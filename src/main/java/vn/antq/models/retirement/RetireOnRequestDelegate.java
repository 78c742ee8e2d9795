package vn.antq.models.retirement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ModelDecision;
import vn.antq.models.model.ModelDecisionRepository;
import vn.antq.models.security.OfficialService;

/**
 * "Thanh loại mô hình theo đề nghị": the province approved the request. The reason recorded is the
 * request's own, read from the decision history, not from a variable a form could have changed.
 */
@Component("retireOnRequest")
public class RetireOnRequestDelegate implements JavaDelegate {

  private final Retirements retirements;
  private final ModelDecisionRepository decisions;
  private final OfficialService officials;
  private final Messages messages;

  public RetireOnRequestDelegate(Retirements retirements, ModelDecisionRepository decisions, OfficialService officials,
      Messages messages) {
    this.retirements = retirements;
    this.decisions = decisions;
    this.officials = officials;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ModelDecision request = decisions.findByModelCodeOrderByDecidedAtAscIdAsc(execution.getProcessBusinessKey()).stream()
        .filter(d -> execution.getProcessInstanceId().equals(d.getProcessInstanceId()) && "requested".equals(d.getOutcome()))
        .reduce((first, second) -> second).orElseThrow();
    var requester = officials.byLogin(request.getDecidedBy());
    String unit = requester.unit() == null ? request.getDecidedBy() : requester.unit().getName();
    retirements.retire(execution.getProcessBusinessKey(), messages.get("retirement.onRequest", unit, request.getReason()),
        execution);
  }
}

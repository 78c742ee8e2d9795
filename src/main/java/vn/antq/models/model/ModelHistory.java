package vn.antq.models.model;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import vn.antq.models.common.Clocks;

/** Writes the registry's decision history: who, when, which step, outcome and reason. */
@Service
public class ModelHistory {

  /** Recorded as the decider when the engine itself acts (a timer, an automatic rule). */
  public static final String SYSTEM = "system";

  private final ModelDecisionRepository decisions;

  public ModelHistory(ModelDecisionRepository decisions) {
    this.decisions = decisions;
  }

  public void record(String modelCode, String step, String outcome, String reason, DelegateExecution execution) {
    decisions.save(new ModelDecision(modelCode, step, outcome, reason, actor(execution), Clocks.now(),
        execution.getProcessInstanceId(), null));
  }

  /** The logged-in user who caused this step, or {@link #SYSTEM} for a timer or rule. */
  public String actor(DelegateExecution execution) {
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : SYSTEM;
  }
}

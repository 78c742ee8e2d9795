package vn.antq.models.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ModelHistory;

/**
 * The province's classification. It may depart from the rule table's proposal, and must then say
 * why. On entry the district's note is cleared so that the province writes its own.
 */
@Component("validateClassification")
public class ValidateClassificationListener implements ExecutionListener {

  private final Messages messages;
  private final EvaluationCycles cycles;
  private final ModelHistory history;

  public ValidateClassificationListener(Messages messages, EvaluationCycles cycles, ModelHistory history) {
    this.messages = messages;
    this.cycles = cycles;
    this.history = history;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // a timer or a retirement ended the task: nobody submitted a form
    }
    if (EVENTNAME_START.equals(execution.getEventName())) {
      execution.removeVariable("classification");
      execution.removeVariable("reason");
      return;
    }
    Evaluation cycle = cycles.current(execution);
    FormInput in = new FormInput(execution, messages);
    in.refuseUnknown(LifecycleVariables.KNOWN);
    Classification chosen = in.choice("classification", Classification.class);
    boolean departs = chosen != cycle.getRuleClassification();
    String reason = in.text("reason", 2000, false);
    if (departs && reason == null) {
      throw in.refuse("reason", "problem.overrideNeedsReason", messages.label(cycle.getRuleClassification()));
    }
    in.write("classification", chosen.name());
    in.write("reason", reason);
    cycle.classify(chosen, reason, history.actor(execution), Clocks.now());
    history.record(cycle.getModelCode(), execution.getCurrentActivityId(), chosen.name(), reason, execution);
  }
}

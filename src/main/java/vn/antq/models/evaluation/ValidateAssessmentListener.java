package vn.antq.models.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ModelHistory;

/** The district's assessment: a proposed class and an optional note. */
@Component("validateAssessment")
public class ValidateAssessmentListener implements ExecutionListener {

  private final Messages messages;
  private final EvaluationCycles cycles;
  private final ModelHistory history;

  public ValidateAssessmentListener(Messages messages, EvaluationCycles cycles, ModelHistory history) {
    this.messages = messages;
    this.cycles = cycles;
    this.history = history;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // a timer or a retirement ended the task: nobody submitted a form
    }
    FormInput in = new FormInput(execution, messages);
    in.refuseUnknown(LifecycleVariables.KNOWN);
    Classification proposed = in.choice("proposedClassification", Classification.class);
    String note = in.text("reason", 2000, false);
    in.write("proposedClassification", proposed.name());
    in.write("reason", note);
    Evaluation cycle = cycles.current(execution);
    cycle.assess(proposed, note, history.actor(execution));
    history.record(cycle.getModelCode(), execution.getCurrentActivityId(), proposed.name(), note, execution);
  }
}

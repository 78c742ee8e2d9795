package vn.antq.models.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.model.ModelHistory;

/** The commune's report: every indicator a count ≥ 0, valuable tips no more than tips, a cleaned narrative. */
@Component("validateReport")
public class ValidateReportListener implements ExecutionListener {

  /** The engine stores a string variable in at most 4,000 characters. */
  static final int NARRATIVE_MAX = 4000;

  private final Messages messages;
  private final EvaluationCycles cycles;
  private final ModelHistory history;

  public ValidateReportListener(Messages messages, EvaluationCycles cycles, ModelHistory history) {
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
    Map<String, Long> values = new LinkedHashMap<>();
    for (String key : Indicators.KEYS) {
      values.put(key, in.wholeNumber(key, 0, true));
    }
    if (values.get("valuableTips") > values.get("tips")) {
      throw in.refuse("valuableTips", "problem.valuableTipsOverTips");
    }
    String narrative = in.richText("narrative", NARRATIVE_MAX, true);
    values.forEach(in::write);
    in.write("narrative", narrative);

    Evaluation cycle = cycles.current(execution);
    cycle.report(Indicators.of(values), narrative, history.actor(execution), Clocks.now());
    history.record(cycle.getModelCode(), execution.getCurrentActivityId(), "reported", null, execution);
  }
}

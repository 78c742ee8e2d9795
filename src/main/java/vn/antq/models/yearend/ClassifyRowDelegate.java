package vn.antq.models.yearend;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.FieldRefusal;
import vn.antq.models.common.Messages;
import vn.antq.models.security.Official;
import vn.antq.models.security.OfficialService;
import vn.antq.models.security.Privileged;

/**
 * "Xếp loại từng mô hình": completes one row's classification task as the official who chose it, in
 * a transaction of its own, so that it passes the same checks as a classification done alone (a
 * departure from the rule needs its reason), is recorded in the model's history under their name,
 * and moves the evaluation on (the retirement rule, the next cycle). A refusal or a task someone else
 * finished is written on the row and the others go on; any other failure fails the job, which the
 * engine retries and then shows in Cockpit as an incident, with the row still queued.
 */
@Component("classifyRow")
public class ClassifyRowDelegate implements JavaDelegate {

    private final YearEndRowRepository rows;
    private final FormService forms;
    private final TaskService tasks;
    private final IdentityService identity;
    private final OfficialService officials;
    private final ProcessEngineConfigurationImpl engine;
    private final Messages messages;

    public ClassifyRowDelegate(
            YearEndRowRepository rows,
            FormService forms,
            TaskService tasks,
            IdentityService identity,
            OfficialService officials,
            ProcessEngineConfigurationImpl engine,
            Messages messages) {
        this.rows = rows;
        this.forms = forms;
        this.tasks = tasks;
        this.identity = identity;
        this.officials = officials;
        this.engine = engine;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        YearEndRow row = rows.findById((Long) execution.getVariable("rowId")).orElseThrow();
        if (row.getStatus() != YearEndRow.Status.QUEUED) {
            return; // a retry after the row was already settled
        }
        YearEndStep step = YearEndStep.valueOf(String.valueOf(execution.getVariable(YearEndSittings.STEP)));
        Map<String, Object> form = new HashMap<>();
        form.put(step.classField, row.getClassification().name());
        form.put("reason", row.getReason());
        try {
            asOfficial(row.getDecidedBy(), () -> forms.submitTaskForm(row.getTaskId(), form));
            row.done(Clocks.now());
        } catch (ProcessEngineException e) {
            FieldRefusal refusal = refusalIn(e);
            if (refusal != null) {
                row.refused(refusal.getMessage(), Clocks.now());
            } else if (gone(row.getTaskId())) {
                row.gone(messages.get("yearEnd.gone"), Clocks.now());
            } else if (e instanceof AuthorizationException) {
                row.refused(messages.get("yearEnd.forbidden"), Clocks.now());
            } else {
                throw e;
            }
        }
    }

    /** Runs {@code work} in a transaction and command of its own, logged in as {@code login}. */
    private void asOfficial(String login, Runnable work) {
        Official official = officials.byLogin(login);
        Authentication before = identity.getCurrentAuthentication();
        identity.setAuthentication(login, official.groupIds());
        try {
            engine.getCommandExecutorTxRequiresNew().execute(context -> {
                work.run();
                return null;
            });
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }

    private boolean gone(String taskId) {
        return Privileged.call(() -> tasks.createTaskQuery().taskId(taskId).count() == 0);
    }

    private static FieldRefusal refusalIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FieldRefusal f) {
                return f;
            }
        }
        return null;
    }
}

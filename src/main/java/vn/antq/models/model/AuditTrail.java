package vn.antq.models.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Service;

/**
 * Everything done to a model, by whom and when: the registry's decision history, and the engine's
 * user operation log of every process instance under the model's code (claims, completions,
 * variable changes, an administrator's job or timer changes). Read after the caller's right to see
 * the model has been checked, so it runs without the engine's own authorization checks.
 */
@Service
public class AuditTrail {

    private final ModelDecisionRepository decisions;
    private final HistoryService history;
    private final ProcessEngineConfigurationImpl engine;

    public AuditTrail(
            ModelDecisionRepository decisions, HistoryService history, ProcessEngineConfigurationImpl engine) {
        this.decisions = decisions;
        this.history = history;
        this.engine = engine;
    }

    public List<Map<String, Object>> of(String modelCode) {
        List<Map<String, Object>> trail = new ArrayList<>();
        for (ModelDecision d : decisions.findByModelCodeOrderByDecidedAtAscIdAsc(modelCode)) {
            trail.add(
                    entry(d.getDecidedAt(), d.getDecidedBy(), "decision", d.getStep(), d.getOutcome(), d.getReason()));
        }
        List<UserOperationLogEntry> operations = engine.getCommandExecutorTxRequired()
                .execute(ctx -> ctx.runWithoutAuthorization(() -> {
                    List<UserOperationLogEntry> all = new ArrayList<>();
                    for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery()
                            .processInstanceBusinessKey(modelCode)
                            .list()) {
                        all.addAll(history.createUserOperationLogQuery()
                                .processInstanceId(pi.getId())
                                .list());
                    }
                    return all;
                }));
        for (UserOperationLogEntry op : operations) {
            String detail = op.getProperty() == null
                    ? null
                    : op.getProperty() + (op.getNewValue() == null ? "" : "=" + abbreviate(op.getNewValue()));
            trail.add(entry(
                    op.getTimestamp().toInstant(),
                    op.getUserId(),
                    "engine",
                    op.getTaskId() != null ? "task " + op.getTaskId() : op.getEntityType(),
                    op.getOperationType(),
                    detail));
        }
        trail.sort(Comparator.comparing(e -> (Instant) e.get("at")));
        return trail;
    }

    private static String abbreviate(String value) {
        return value.length() > 120 ? value.substring(0, 120) + "…" : value;
    }

    private static Map<String, Object> entry(
            Instant at, String who, String source, String what, String outcome, String detail) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("at", at);
        e.put("who", who);
        e.put("source", source);
        e.put("what", what);
        e.put("outcome", outcome);
        e.put("detail", detail);
        return e;
    }
}

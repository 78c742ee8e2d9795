package vn.antq.models.yearend;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.DecisionForm;
import vn.antq.models.common.FieldRefusal;
import vn.antq.models.common.Messages;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.common.UserText;
import vn.antq.models.model.Classification;
import vn.antq.models.security.Official;
import vn.antq.models.security.Privileged;

/**
 * The sittings of "Xếp loại cuối năm": the list an official works through is saved here as drafts
 * (any number of rows, outside the engine's variables), queued when they submit the task, and each
 * row's fate is written back by the step that completes it.
 */
@Service
public class YearEndSittings {

    /** What an official chose for one row: a class, and the reason for a departure from the rule. */
    public record Choice(String taskId, String classification, String reason) {}

    /** A sitting's rows by what became of them, and the rows that did not end done. */
    public record Outcome(Map<YearEndRow.Status, Long> counts, List<YearEndRow> notDone) {}

    /** The variables a sitting holds. */
    static final String STEP = "yearEndStep";

    static final String INITIATOR = "initiator";

    static final String SITTING = "sittingId";

    private final YearEndRowRepository rows;
    private final WaitingClassifications waiting;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Messages messages;

    public YearEndSittings(
            YearEndRowRepository rows,
            WaitingClassifications waiting,
            TaskService tasks,
            RuntimeService runtime,
            Messages messages) {
        this.rows = rows;
        this.waiting = waiting;
        this.tasks = tasks;
        this.runtime = runtime;
        this.messages = messages;
    }

    /**
     * Whether {@code instanceId} is the official's sitting with its list still open: false for anyone
     * else's, an ended one, or an id that is no sitting.
     */
    public boolean isOpen(Official official, String instanceId) {
        return Privileged.call(() -> tasks.createTaskQuery()
                        .processInstanceId(instanceId)
                        .processDefinitionKey(ProcessIds.YEAR_END)
                        .taskDefinitionKey(ProcessIds.CLASSIFY_WAITING)
                        .taskAssignee(official.login())
                        .count())
                > 0;
    }

    /** The official's sitting {@code instanceId}, open or ended, if they started it. */
    public boolean startedBy(Official official, String instanceId) {
        return Privileged.call(() -> {
            boolean running = runtime.createProcessInstanceQuery()
                            .processInstanceId(instanceId)
                            .processDefinitionKey(ProcessIds.YEAR_END)
                            .count()
                    > 0;
            if (running) {
                return official.login().equals(runtime.getVariable(instanceId, INITIATOR));
            }
            return rows.findByProcessInstanceIdOrderById(instanceId).stream()
                    .findFirst()
                    .map(r -> r.getDecidedBy().equals(official.login()))
                    .orElse(false);
        });
    }

    /**
     * Replaces the sitting's drafts with {@code choices}. Each names a classification waiting for the
     * official, a class, and a reason of at most {@value DecisionForm#REASON_MAX} characters; the first
     * that does not is refused by its row number (from 1) and nothing is saved. Whether a reason is
     * needed is the step's own rule, applied row by row when the list is submitted.
     */
    @Transactional
    public int saveDrafts(Official official, String instanceId, List<Choice> choices) {
        Map<String, WaitingClassifications.Row> open = waiting.of(official).stream()
                .collect(Collectors.toMap(WaitingClassifications.Row::taskId, Function.identity()));
        List<YearEndRow> drafts = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            int row = i + 1;
            WaitingClassifications.Row w = c == null || c.taskId() == null ? null : open.get(c.taskId());
            if (w == null) {
                throw refusal("taskId", row, messages.get("problem.yearEndNotWaiting"));
            }
            if (!seen.add(c.taskId())) {
                throw refusal("taskId", row, messages.get("problem.yearEndTwice", w.modelCode()));
            }
            Classification chosen;
            try {
                chosen = Classification.valueOf(String.valueOf(c.classification()));
            } catch (IllegalArgumentException e) {
                throw refusal("classification", row, messages.get("problem.notAChoice"));
            }
            String reason = UserText.normalise(c.reason());
            if (UserText.looksLikeMarkup(reason)) {
                throw refusal("reason", row, messages.get("problem.markup"));
            }
            if (reason != null && reason.length() > DecisionForm.REASON_MAX) {
                throw refusal("reason", row, messages.get("problem.tooLong", DecisionForm.REASON_MAX));
            }
            drafts.add(new YearEndRow(
                    instanceId,
                    c.taskId(),
                    w.modelCode(),
                    chosen,
                    reason == null || reason.isEmpty() ? null : reason,
                    official.login(),
                    Clocks.now()));
        }
        rows.deleteDrafts(instanceId);
        rows.flush();
        rows.saveAll(drafts);
        return drafts.size();
    }

    public List<YearEndRow> drafts(String instanceId) {
        return rows.findByProcessInstanceIdAndStatusOrderById(instanceId, YearEndRow.Status.DRAFT);
    }

    public long draftCount(String instanceId) {
        return rows.countByProcessInstanceIdAndStatus(instanceId, YearEndRow.Status.DRAFT);
    }

    /** The drafts of the execution's sitting, queued for completion; their ids, for the step that completes each. */
    @Transactional
    public List<Long> queue(DelegateExecution execution) {
        List<YearEndRow> drafts = drafts(execution.getProcessInstanceId());
        drafts.forEach(r -> r.queue(Clocks.now()));
        return drafts.stream().map(YearEndRow::getId).toList();
    }

    /** The ids of the sitting's queued rows: the collection of "Xếp loại từng mô hình". */
    public List<Long> queued(DelegateExecution execution) {
        return rows.findIds(execution.getProcessInstanceId(), YearEndRow.Status.QUEUED);
    }

    public Outcome outcome(String instanceId) {
        List<YearEndRow> all = rows.findByProcessInstanceIdOrderById(instanceId);
        Map<YearEndRow.Status, Long> counts = new LinkedHashMap<>();
        for (YearEndRow.Status s : YearEndRow.Status.values()) {
            counts.put(s, 0L);
        }
        all.forEach(r -> counts.merge(r.getStatus(), 1L, Long::sum));
        return new Outcome(
                counts,
                all.stream()
                        .filter(r -> r.getStatus() != YearEndRow.Status.DONE)
                        .toList());
    }

    /** The figures the result form prints, as variables. */
    Map<String, Object> outcomeVariables(String instanceId) {
        Outcome o = outcome(instanceId);
        Map<String, Object> v = new HashMap<>();
        v.put("doneCount", o.counts().get(YearEndRow.Status.DONE));
        v.put("refusedCount", o.counts().get(YearEndRow.Status.REFUSED));
        v.put("goneCount", o.counts().get(YearEndRow.Status.GONE));
        return v;
    }

    private FieldRefusal refusal(String field, int row, String problem) {
        return new FieldRefusal(field, messages.get("yearEnd.rowRefused", row, messages.fieldLabel(field), problem));
    }
}

package vn.antq.models.replication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.FormFields;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.common.UserText;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.security.Official;
import vn.antq.models.security.OfficialService;
import vn.antq.models.unit.UnitHierarchy;

/**
 * The replication start form: an effective source the starter may see, target communes under the
 * starter's unit, a deadline after today. Communes that already run the model or one of its points,
 * or are being asked in another open campaign, are left out; if none remains, nothing starts.
 *
 * <p>Tasklist cannot fill a start form's options, so a start with no choices (Tasklist's) only checks
 * the starter and goes on to the task "Chọn mô hình và các xã nhân rộng", whose form shows the
 * starter's options; this listener validates that task's form the same way. A REST client may
 * choose at the start and skip the task.
 */
@Component("checkReplication")
public class CheckReplicationListener implements ExecutionListener {

    static final int MAX_TARGETS = 5000;
    /** Every variable a campaign may hold: its forms' fields, the engine's multi-instance counters, what the server sets. */
    static final Set<String> KNOWN = FormFields.known(
            Set.of(
                    "sourceOptions",
                    "communeOptions",
                    "originCode",
                    "skippedUnits",
                    "campaignCode",
                    "sourceName",
                    "sourceUnitName",
                    "deadlineText",
                    "deadlineDate",
                    "nrOfInstances",
                    "nrOfActiveInstances",
                    "nrOfCompletedInstances",
                    "loopCounter",
                    "targetUnit",
                    "pointCode",
                    "initiator",
                    "choose",
                    "modelCode",
                    "modelName"),
            "replication-start",
            "replication-choose",
            "replication-answer");

    private final Messages messages;
    private final OfficialService officials;
    private final ModelRepository models;
    private final UnitHierarchy hierarchy;
    private final ReplicationOptions options;
    private final TargetRepository targets;

    public CheckReplicationListener(
            Messages messages,
            OfficialService officials,
            ModelRepository models,
            UnitHierarchy hierarchy,
            ReplicationOptions options,
            TargetRepository targets) {
        this.messages = messages;
        this.officials = officials;
        this.models = models;
        this.hierarchy = hierarchy;
        this.options = options;
        this.targets = targets;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // the campaign was cancelled while its starter was choosing
        }
        FormInput in = new FormInput(execution, messages);
        in.refuseUnknown(KNOWN);
        Official starter = officials
                .current()
                .filter(ReplicationOptions::mayStart)
                .orElseThrow(() -> in.refuse("unit", "problem.notDistrictOrProvince"));
        boolean atStart = execution.getCurrentActivityId() == null
                || ProcessIds.REPLICATION_STARTED.equals(execution.getCurrentActivityId());
        if (atStart && isEmpty(execution.getVariable("sourceCode")) && isEmpty(execution.getVariable("targetUnits"))) {
            execution.setVariable("choose", true);
            return;
        }

        String sourceCode = in.text("sourceCode", 30, true).toUpperCase(java.util.Locale.ROOT);
        SecurityModel source =
                models.findById(sourceCode).orElseThrow(() -> in.refuse("sourceCode", "problem.unknownModel"));
        if (options.sources(starter).stream().noneMatch(m -> m.getCode().equals(sourceCode))) {
            boolean sameProvince = source.getProvinceCode()
                    .equals(hierarchy.provinceOf(starter.unit()).getCode());
            throw in.refuse("sourceCode", sameProvince ? "problem.sourceNotEffective" : "problem.notYourModel");
        }

        List<String> requested = targetCodes(in, execution.getVariable("targetUnits"));
        Set<String> allowed = new LinkedHashSet<>();
        options.communes(starter).forEach(u -> allowed.add(u.getCode()));
        for (String code : requested) {
            if (!allowed.contains(code)) {
                throw in.refuse("targetUnits", "problem.targetOutOfScope", code);
            }
        }
        String origin = source.getOriginCode() == null ? source.getCode() : source.getOriginCode();
        Set<String> skipped = new LinkedHashSet<>(models.unitsRunning(origin, requested));
        skipped.addAll(targets.pendingFor(origin, requested));
        List<String> asked =
                requested.stream().filter(c -> !skipped.contains(c)).toList();
        if (asked.isEmpty()) {
            throw in.refuse("targetUnits", "problem.allTargetsRunIt");
        }

        LocalDate deadline = in.date("deadline", true);
        if (!deadline.isAfter(Clocks.today())) {
            throw in.refuse("deadline", "problem.deadlineNotFuture");
        }

        in.write("sourceCode", sourceCode);
        in.write("originCode", origin);
        in.write("deadline", deadline.toString());
        execution.setVariable(
                "targetUnits",
                Variables.objectValue(new ArrayList<>(asked))
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                        .create());
        execution.setVariable(
                "skippedUnits",
                Variables.objectValue(new ArrayList<>(skipped))
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                        .create());
        execution.removeVariable("sourceOptions");
        execution.removeVariable("communeOptions");
        execution.setVariable("choose", false);
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    /** The targets as a JSON array (Tasklist's checklist), a Java list, or a comma-separated text. */
    private List<String> targetCodes(FormInput in, Object value) {
        Collection<?> raw;
        if (value == null) {
            raw = List.of();
        } else if (value instanceof SpinJsonNode node) {
            if (!node.isArray()) {
                throw in.refuse("targetUnits", "problem.notAList");
            }
            raw = node.elements().stream()
                    .map(e -> e.isString() ? e.stringValue() : e.toString())
                    .toList();
        } else if (value instanceof Collection<?> c) {
            raw = c;
        } else if (value instanceof String s) {
            String t = s.trim();
            if (t.startsWith("[")) {
                try {
                    raw = org.camunda.spin.Spin.JSON(t).elements().stream()
                            .map(e -> e.isString() ? e.stringValue() : e.toString())
                            .toList();
                } catch (RuntimeException e) {
                    throw in.refuse("targetUnits", "problem.notAList");
                }
            } else {
                raw = Arrays.asList(t.split(","));
            }
        } else {
            throw in.refuse("targetUnits", "problem.notAList");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (Object o : raw) {
            String code = o == null ? "" : UserText.normalise(o.toString());
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        if (codes.isEmpty()) {
            throw in.refuse("targetUnits", "problem.required");
        }
        if (codes.size() > MAX_TARGETS) {
            throw in.refuse("targetUnits", "problem.tooManyTargets", MAX_TARGETS);
        }
        return new ArrayList<>(codes);
    }
}

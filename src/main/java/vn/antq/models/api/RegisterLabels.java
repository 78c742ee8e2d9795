package vn.antq.models.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Messages;
import vn.antq.models.evaluation.EvaluationOutcome;
import vn.antq.models.evaluation.Indicators;
import vn.antq.models.model.Classification;
import vn.antq.models.model.HostType;
import vn.antq.models.model.ModelField;
import vn.antq.models.model.ModelHistory;
import vn.antq.models.model.ModelStatus;
import vn.antq.models.model.RetirementKind;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.security.OfficialService;
import vn.antq.models.security.Privileged;
import vn.antq.models.unit.UnitLevel;

/**
 * The Vietnamese words for the codes the register shows: enum labels from the message bundle, a
 * step's name from the diagram it belongs to (the BPMN is the one place a step is named), a login
 * as the person's name.
 */
@Component
class RegisterLabels {

    private final Messages messages;
    private final RepositoryService repository;
    private final OfficialService officials;
    private volatile Map<String, String> stepNames;

    RegisterLabels(Messages messages, RepositoryService repository, OfficialService officials) {
        this.messages = messages;
        this.repository = repository;
        this.officials = officials;
    }

    /** {@code GET /api/labels}. */
    Map<String, Object> all() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("field", labels(ModelField.values()));
        all.put("hostType", labels(HostType.values()));
        all.put("status", labels(ModelStatus.values()));
        Map<String, String> classes = labels(Classification.values());
        classes.put("MISSED", messages.get("EvaluationOutcome.MISSED"));
        all.put("classification", classes);
        Map<String, String> indicators = new LinkedHashMap<>();
        Indicators.KEYS.forEach(k -> indicators.put(k, messages.fieldLabel(k)));
        all.put("indicator", indicators);
        all.put("retiredReason", labels(new RetirementKind[] {RetirementKind.RULE, RetirementKind.REQUEST}));
        all.put("level", labels(UnitLevel.values()));
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String k : List.of("MODEL", "POINT")) {
            kinds.put(k, messages.get("report.register.kind." + k));
        }
        all.put("kind", kinds);
        all.put("evaluationOutcome", labels(EvaluationOutcome.values()));
        all.put("operation", BUNDLE.prefixed("operation."));
        all.put("entity", BUNDLE.prefixed("entity."));
        all.put("property", BUNDLE.prefixed("property."));
        all.put("process", processNames());
        return all;
    }

    /** The names the diagrams give the processes, by key ("model-proposal": "Đề xuất mô hình"). */
    Map<String, String> processNames() {
        Map<String, String> names = new LinkedHashMap<>();
        Privileged.run(() -> repository
                .createProcessDefinitionQuery()
                .latestVersion()
                .listPage(0, 500)
                .forEach(d -> names.put(d.getKey(), d.getName() == null ? d.getKey() : d.getName())));
        return names;
    }

    /** What an entry of the engine's operation log says, in words: its operation, and what it was done to. */
    void describeOperation(Map<String, Object> entry) {
        entry.put("outcomeLabel", BUNDLE.prefixed("operation.").getOrDefault((String) entry.get("outcome"), (String)
                entry.get("outcome")));
        String what = (String) entry.get("what");
        String kind = what != null && what.startsWith("task ") ? "Task" : what;
        entry.put("whatLabel", BUNDLE.prefixed("entity.").getOrDefault(kind, what));
        String detail = (String) entry.get("detail");
        if (detail != null && detail.contains("=")) {
            String property = detail.substring(0, detail.indexOf('='));
            String label = BUNDLE.prefixed("property.").get(property);
            String value = detail.substring(detail.indexOf('=') + 1);
            entry.put(
                    "detailLabel",
                    label == null
                            ? null
                            : label + ": "
                                    + (property.equals("assignee") || property.equals("owner")
                                            ? person(value)
                                            : value));
        }
    }

    /** The message bundle's keys under one prefix (the log's operations, entities and properties). */
    private static final class Bundle {
        private final java.util.Properties all = new java.util.Properties();
        private final Map<String, Map<String, String>> byPrefix = new ConcurrentHashMap<>();

        Bundle() {
            try (var in = new java.io.InputStreamReader(
                    RegisterLabels.class.getResourceAsStream("/messages.properties"),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                all.load(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        Map<String, String> prefixed(String prefix) {
            return byPrefix.computeIfAbsent(prefix, p -> {
                Map<String, String> m = new java.util.TreeMap<>();
                all.stringPropertyNames().stream()
                        .filter(k -> k.startsWith(p))
                        .forEach(k -> m.put(k.substring(p.length()), all.getProperty(k)));
                return java.util.Collections.unmodifiableMap(m);
            });
        }
    }

    private static final Bundle BUNDLE = new Bundle();

    String label(Enum<?> value) {
        return value == null ? null : messages.label(value);
    }

    /** The name the diagrams give a step (an activity id such as {@code ReviewByDistrict}). */
    String step(String activityId) {
        Map<String, String> names = stepNames;
        if (names == null) {
            names = readStepNames();
            stepNames = names;
        }
        String named = names.get(activityId);
        if (named != null) {
            return named;
        }
        String label = messages.get("step." + activityId); // steps of no diagram, such as a reorganization
        return label.equals("step." + activityId) ? activityId : label;
    }

    String outcome(String outcome) {
        String label = messages.get("outcome." + outcome);
        return label.equals("outcome." + outcome) ? outcome : label;
    }

    /** A login as the official's name; the system and imports in words. */
    String person(String login) {
        if (login == null) {
            return null;
        }
        if (ModelHistory.SYSTEM.equals(login)) {
            return messages.get("register.system");
        }
        if (login.startsWith(SecurityModel.IMPORTED_BY)) {
            return messages.get("register.imported", person(login.substring(SecurityModel.IMPORTED_BY.length())));
        }
        return officials.name(login);
    }

    private Map<String, String> readStepNames() {
        Map<String, String> names = new ConcurrentHashMap<>();
        Privileged.run(() -> {
            for (ProcessDefinition d :
                    repository.createProcessDefinitionQuery().latestVersion().listPage(0, 500)) {
                for (FlowElement e :
                        repository.getBpmnModelInstance(d.getId()).getModelElementsByType(FlowElement.class)) {
                    if (e.getName() != null && !e.getName().isBlank()) {
                        names.putIfAbsent(
                                e.getId(), e.getName().replaceAll("\\s+", " ").trim());
                    }
                }
            }
        });
        return names;
    }

    private <E extends Enum<E>> Map<String, String> labels(E[] values) {
        Map<String, String> m = new LinkedHashMap<>();
        for (E v : values) {
            m.put(v.name(), messages.label(v));
        }
        return m;
    }
}

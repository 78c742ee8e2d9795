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
import vn.antq.models.evaluation.Classification;
import vn.antq.models.evaluation.Indicators;
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
    return all;
  }

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
    return names.getOrDefault(activityId, activityId);
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
      for (ProcessDefinition d : repository.createProcessDefinitionQuery().latestVersion().listPage(0, 500)) {
        for (FlowElement e : repository.getBpmnModelInstance(d.getId()).getModelElementsByType(FlowElement.class)) {
          if (e.getName() != null && !e.getName().isBlank()) {
            names.putIfAbsent(e.getId(), e.getName().replaceAll("\\s+", " ").trim());
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

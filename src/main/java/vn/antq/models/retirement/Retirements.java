package vn.antq.models.retirement;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.DecisionForm.Decision;
import vn.antq.models.common.Messages;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.common.RegistryIntegrityException;
import vn.antq.models.evaluation.Evaluation;
import vn.antq.models.evaluation.EvaluationCycles;
import vn.antq.models.evaluation.EvaluationOutcome;
import vn.antq.models.evaluation.ModelLifecycles;
import vn.antq.models.model.ModelDecision;
import vn.antq.models.model.ModelDecisionRepository;
import vn.antq.models.model.ModelHistory;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.ModelTransition;
import vn.antq.models.model.RetirementKind;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.notification.NotificationKind;
import vn.antq.models.notification.Notifications;
import vn.antq.models.security.OfficialService;
import vn.antq.models.security.Privileged;
import vn.antq.models.unit.AdministrativeUnit;
import vn.antq.models.unit.UnitHierarchy;

/**
 * Retiring a model (thanh loại), automatically or on request: the registry records why, the
 * commune and district are told, and no evaluation cycle of the model is left running. Each way
 * retires only the model the calling instance has the right to retire: the rule, the model of the
 * cycle the instance ran to its result; a request, the model the instance's own request named,
 * once the province approved it in that instance.
 */
@Service
public class Retirements {

    /** The province's ruling task (model-retirement-request.bpmn), as the decision history records it. */
    /** The outcome {@link RegisterRetirementRequestDelegate} records for a request. */
    static final String REQUESTED = "requested";

    private final ModelRepository models;
    private final ModelDecisionRepository decisions;
    private final ModelHistory history;
    private final EvaluationCycles cycles;
    private final ModelLifecycles lifecycles;
    private final Notifications notifications;
    private final UnitHierarchy units;
    private final OfficialService officials;
    private final Messages messages;
    private final RuntimeService runtime;

    public Retirements(
            ModelRepository models,
            ModelDecisionRepository decisions,
            ModelHistory history,
            EvaluationCycles cycles,
            ModelLifecycles lifecycles,
            Notifications notifications,
            UnitHierarchy units,
            OfficialService officials,
            Messages messages,
            RuntimeService runtime) {
        this.models = models;
        this.decisions = decisions;
        this.history = history;
        this.cycles = cycles;
        this.lifecycles = lifecycles;
        this.notifications = notifications;
        this.units = units;
        this.officials = officials;
        this.messages = messages;
        this.runtime = runtime;
    }

    /** The retirement rule said so at the end of this instance's own cycle. */
    public void byRule(DelegateExecution execution, String reason) {
        Evaluation cycle = cycles.ended(
                execution, ModelTransition.RETIRE.toString(), EvaluationOutcome.CLASSIFIED, EvaluationOutcome.MISSED);
        retire(cycle.getModelCode(), RetirementKind.RULE, reason, execution);
    }

    /**
     * The province approved this instance's request. The reason recorded is the request's own, read
     * from the decision history, not from a variable a form could have changed.
     */
    public void onRequest(DelegateExecution execution) {
        String code = execution.getProcessBusinessKey();
        String transition = ModelTransition.RETIRE.toString();
        ModelDecision request = requestOf(execution, transition);
        history.requireLastDecision(
                code, execution, transition, ProcessIds.DECIDE_RETIREMENT, Decision.APPROVE.value());
        var requester = officials.byLogin(request.getDecidedBy());
        String unit = requester.unit() == null
                ? request.getDecidedBy()
                : requester.unit().getName();
        retire(
                code,
                RetirementKind.REQUEST,
                messages.get("retirement.onRequest", unit, request.getReason()),
                execution);
    }

    /** The request this instance recorded on the model under its business key, before it may {@code what}. */
    ModelDecision requestOf(DelegateExecution execution, String what) {
        String code = execution.getProcessBusinessKey();
        return decisions.findByModelCodeOrderByDecidedAtAscIdAsc(code == null ? "" : code).stream()
                .filter(d -> execution.getProcessInstanceId().equals(d.getProcessInstanceId())
                        && REQUESTED.equals(d.getOutcome()))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new RegistryIntegrityException(
                        code,
                        what,
                        execution.getProcessInstanceId(),
                        "this instance recorded no retirement request of the model"));
    }

    /**
     * A request still waiting for the province's ruling has nothing left to decide once the model is
     * retired (by the rule, or by another request): it ends, with the reason, instead of leaving the
     * province a task whose approval the registry would refuse.
     */
    private void endPendingRequests(String modelCode, String keepInstanceId, String reason) {
        Privileged.run(() -> runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.RETIREMENT_REQUEST)
                .processInstanceBusinessKey(modelCode)
                .list()
                .stream()
                .filter(pi -> !pi.getId().equals(keepInstanceId))
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), reason, false, true)));
    }

    private void retire(String modelCode, RetirementKind kind, String reason, DelegateExecution execution) {
        SecurityModel model = models.findById(modelCode)
                .orElseThrow(() -> new RegistryIntegrityException(
                        modelCode,
                        ModelTransition.RETIRE.toString(),
                        execution.getProcessInstanceId(),
                        "no such model"));
        model.retire(kind, reason, Clocks.now());
        history.record(modelCode, execution.getCurrentActivityId(), "retired", reason, execution);
        lifecycles.stopCycles(modelCode, execution.getProcessInstanceId(), "retired: " + reason);
        endPendingRequests(modelCode, execution.getProcessInstanceId(), "retired: " + reason);

        AdministrativeUnit commune = units.get(model.getUnitCode());
        notifications.tell(
                commune.getCode(), modelCode, NotificationKind.RETIRED, model.getCode(), model.getName(), reason);
        units.districtOf(commune)
                .ifPresent(d -> notifications.tell(
                        d.getCode(), modelCode, NotificationKind.RETIRED, model.getCode(), model.getName(), reason));
    }
}

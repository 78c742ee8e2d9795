package vn.antq.models.retirement;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.antq.models.common.DecisionForm;
import vn.antq.models.common.FormInput;
import vn.antq.models.common.Messages;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.ModelStatus;
import vn.antq.models.model.ModelVisibility;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.security.Official;
import vn.antq.models.security.OfficialService;
import vn.antq.models.security.Privileged;
import vn.antq.models.security.Role;

/**
 * A request to retire a model: only a commune or district, only for an active model of its own
 * area, one open request per model, always with a reason.
 */
@Component("checkRetirementRequest")
public class CheckRetirementRequestListener implements ExecutionListener {

    /** Every variable a retirement request may hold: its forms' fields and what the server sets. */
    static final java.util.Set<String> KNOWN = vn.antq.models.common.FormFields.known(
            java.util.Set.of(
                    "modelName",
                    "unitName",
                    "classification",
                    "classificationLabel",
                    "requestedBy",
                    "requesterUnitName",
                    "requestReason"),
            "retirement-request",
            "retirement-decision");

    private final Messages messages;
    private final OfficialService officials;
    private final ModelRepository models;
    private final ModelVisibility visibility;
    private final RuntimeService runtime;

    public CheckRetirementRequestListener(
            Messages messages,
            OfficialService officials,
            ModelRepository models,
            ModelVisibility visibility,
            RuntimeService runtime) {
        this.messages = messages;
        this.officials = officials;
        this.models = models;
        this.visibility = visibility;
        this.runtime = runtime;
    }

    @Override
    public void notify(DelegateExecution execution) {
        FormInput in = new FormInput(execution, messages);
        in.refuseUnknown(KNOWN);
        Official requester = officials
                .current()
                .filter(o -> o.has(Role.PROPOSER) || o.has(Role.REVIEWER))
                .orElseThrow(() -> in.refuse("unit", "problem.notCommuneOrDistrict"));
        String code = in.text("modelCode", 30, true).toUpperCase(java.util.Locale.ROOT);
        SecurityModel model = models.findById(code).orElseThrow(() -> in.refuse("modelCode", "problem.unknownModel"));
        if (!visibility.canSee(requester, model)) {
            throw in.refuse("modelCode", "problem.notYourModel");
        }
        if (model.getStatus() != ModelStatus.ACTIVE) {
            throw in.refuse("modelCode", "problem.notActive");
        }
        long pending = Privileged.call(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.RETIREMENT_REQUEST)
                .processInstanceBusinessKey(code)
                .count());
        if (pending > 0) {
            throw in.refuse("modelCode", "problem.requestPending");
        }
        String reason = in.text("reason", DecisionForm.REASON_MAX, true);
        in.write("modelCode", code);
        in.write("reason", reason);
    }
}

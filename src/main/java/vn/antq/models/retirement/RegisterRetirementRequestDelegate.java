package vn.antq.models.retirement;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Messages;
import vn.antq.models.common.RegistryIntegrityException;
import vn.antq.models.model.ModelHistory;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.ModelStatus;
import vn.antq.models.model.ModelVisibility;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.security.InstanceAccess;
import vn.antq.models.security.Official;
import vn.antq.models.security.OfficialService;
import vn.antq.models.security.Role;
import vn.antq.models.unit.UnitHierarchy;

/** "Tiếp nhận đề nghị thanh loại": the request is filed under the model's code for the province. */
@Component("registerRetirementRequest")
public class RegisterRetirementRequestDelegate implements JavaDelegate {

    private final ModelRepository models;
    private final OfficialService officials;
    private final UnitHierarchy units;
    private final InstanceAccess access;
    private final ModelHistory history;
    private final ModelVisibility visibility;
    private final Messages messages;

    public RegisterRetirementRequestDelegate(
            ModelRepository models,
            OfficialService officials,
            UnitHierarchy units,
            InstanceAccess access,
            ModelHistory history,
            ModelVisibility visibility,
            Messages messages) {
        this.models = models;
        this.officials = officials;
        this.units = units;
        this.access = access;
        this.history = history;
        this.visibility = visibility;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SecurityModel model = requestable(execution);
        Official requester = officials.current().orElseThrow();
        String reason = (String) execution.getVariable("reason");
        execution.setProcessBusinessKey(model.getCode());
        execution.setVariable("modelName", model.getName());
        execution.setVariable("unitName", units.get(model.getUnitCode()).getName());
        execution.setVariable(
                "classification",
                model.getClassification() == null
                        ? null
                        : model.getClassification().name());
        execution.setVariable(
                "classificationLabel",
                model.getClassification() == null ? null : messages.label(model.getClassification()));
        execution.setVariable("requestedBy", officials.displayName(requester.login()));
        execution.setVariable("requesterUnitName", requester.unit().getName());
        execution.setVariable("requestReason", reason);
        access.grantRead(execution.getProcessInstanceId(), units.get(model.getUnitCode()));
        history.record(model.getCode(), execution.getCurrentActivityId(), Retirements.REQUESTED, reason, execution);
    }

    /**
     * The model named by the request, if the start event's rules hold: the start event's listener
     * refuses a request that breaks them with a message for the user; an instance started past that
     * event meets them here, since the request it records is what a later retirement relies on.
     */
    private SecurityModel requestable(DelegateExecution execution) {
        String code = execution.getVariable("modelCode") instanceof String s ? s : "";
        String transition = "request the retirement of";
        String instance = execution.getProcessInstanceId();
        SecurityModel model = models.findById(code)
                .orElseThrow(() -> new RegistryIntegrityException(code, transition, instance, "no such model"));
        Optional<Official> requester = officials.current();
        if (requester
                .filter(o -> (o.has(Role.PROPOSER) || o.has(Role.REVIEWER)) && visibility.canSee(o, model))
                .isEmpty()) {
            throw new RegistryIntegrityException(
                    code,
                    transition,
                    instance,
                    requester.map(Official::login).orElse("an anonymous caller")
                            + " is not a commune or district official of the model");
        }
        if (model.getStatus() != ModelStatus.ACTIVE) {
            throw new RegistryIntegrityException(code, transition, instance, "the model is " + model.getStatus());
        }
        if (execution.getProcessBusinessKey() != null
                && !execution.getProcessBusinessKey().equals(code)) {
            throw new RegistryIntegrityException(
                    code, transition, instance, "this instance runs under " + execution.getProcessBusinessKey());
        }
        return model;
    }
}

package vn.antq.models.evaluation;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import vn.antq.models.common.ProcessIds;
import vn.antq.models.common.RegistryIntegrityException;
import vn.antq.models.model.ModelRepository;
import vn.antq.models.model.ModelStatus;
import vn.antq.models.model.SecurityModel;
import vn.antq.models.security.InstanceAccess;
import vn.antq.models.security.Privileged;
import vn.antq.models.unit.UnitHierarchy;

/**
 * Starts and stops the evaluation cycles of a model. Each cycle is its own {@code model-lifecycle}
 * instance that starts the next one when it ends, so a new process version applies from the next
 * cycle on and history cleanup can remove finished cycles.
 */
@Service
public class ModelLifecycles {

    private final RuntimeService runtime;
    private final ModelRepository models;
    private final UnitHierarchy units;
    private final InstanceAccess access;

    public ModelLifecycles(RuntimeService runtime, ModelRepository models, UnitHierarchy units, InstanceAccess access) {
        this.runtime = runtime;
        this.models = models;
        this.units = units;
        this.access = access;
    }

    /** Opens the next evaluation cycle of an ACTIVE model on the latest version of the process. */
    public String startCycle(String modelCode) {
        SecurityModel model = models.findById(modelCode)
                .orElseThrow(() ->
                        RegistryIntegrityException.here(modelCode, "open an evaluation cycle of", "no such model"));
        if (model.getStatus() != ModelStatus.ACTIVE) {
            throw RegistryIntegrityException.here(
                    modelCode, "open an evaluation cycle of", "the model is " + model.getStatus());
        }
        return Privileged.call(() -> {
            ProcessInstance pi = runtime.startProcessInstanceByKey(ProcessIds.LIFECYCLE, modelCode);
            access.grantRead(pi.getId(), units.get(model.getUnitCode()));
            return pi.getId();
        });
    }

    /** Ends every running cycle of the model except {@code keepInstanceId}: no timer or task of it remains. */
    public void stopCycles(String modelCode, String keepInstanceId, String reason) {
        Privileged.run(() -> runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.LIFECYCLE)
                .processInstanceBusinessKey(modelCode)
                .list()
                .stream()
                .filter(pi -> !pi.getId().equals(keepInstanceId))
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), reason, false, true)));
    }
}

package vn.antq.models.common;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * The registry refuses a change: the model does not belong to the process instance that asks, or
 * the change is not a legal step of the model's life. Thrown from a job it becomes an incident in
 * Cockpit; thrown in an official's request it rolls the request back. Either way nothing is
 * changed. The message is for administrators, not officials: a process that runs as drawn never
 * meets it, so reaching it means an instance was started or moved past its own steps.
 */
public class RegistryIntegrityException extends ProcessEngineException {

    /** How every refusal's message begins; the REST layer recognises refusals by it. */
    public static final String PREFIX = "Registry refused to ";

    private final String modelCode;

    /**
     * @param modelCode  null when no model is known yet; {@code transition} then names what was asked
     * @param transition what was asked, e.g. {@code "activate (PROPOSED → ACTIVE)"}
     * @param why        what stands in the way, e.g. {@code "it is ACTIVE"}
     */
    public RegistryIntegrityException(String modelCode, String transition, String processInstanceId, String why) {
        super(PREFIX + transition + (modelCode == null ? "" : " model " + modelCode)
                + " in process instance " + (processInstanceId == null ? "(none)" : processInstanceId) + ": " + why
                + "; nothing was changed");
        this.modelCode = modelCode;
    }

    /** The same, in the process instance the engine is running on this thread (the entity does not know it). */
    public static RegistryIntegrityException here(String modelCode, String transition, String why) {
        return new RegistryIntegrityException(modelCode, transition, currentProcessInstance(), why);
    }

    public String getModelCode() {
        return modelCode;
    }

    private static String currentProcessInstance() {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        return context == null || context.getExecution() == null
                ? null
                : context.getExecution().getProcessInstanceId();
    }
}

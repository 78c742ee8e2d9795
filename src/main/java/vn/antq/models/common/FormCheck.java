package vn.antq.models.common;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * The check of a user task's form, as an execution listener on the task: {@link #opened} when the
 * task starts, {@link #read} when it is completed, so that a refusal reaches Tasklist as a message on
 * the field and the task stays open. Nothing when a timer or another process ended the task, since
 * nobody submitted a form. The named step after the task records what {@link #read} returns, and
 * reads it again itself, so an instance started at that step records nothing unchecked.
 */
public abstract class FormCheck<T> implements ExecutionListener {

    @Override
    public final void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (EVENTNAME_START.equals(execution.getEventName())) {
            opened(execution);
        } else {
            read(execution);
        }
    }

    /** When the task opens. Nothing by default. */
    protected void opened(DelegateExecution execution) {}

    /** The form's values in the instance's variables, checked, and written back normalised. */
    public abstract T read(DelegateExecution execution);
}

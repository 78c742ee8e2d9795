package vn.antq.models.common;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Bad input for one field. Thrown from an execution listener it reaches the REST API unwrapped,
 * which answers 400 with this message, and Tasklist shows the message to the user; the engine's
 * transaction rolls back, so nothing is stored.
 */
public class FieldRefusal extends FormFieldValidationException {

    private final String field;

    public FieldRefusal(String field, String message) {
        super(field, message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}

package vn.antq.models.engine;

import org.camunda.bpm.engine.impl.form.type.AbstractFormFieldType;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Form field type {@code json}: a start form's field whose default value is a JSON text, handed to
 * Tasklist as a Json variable. Tasklist parses it, so a Camunda Form can take a select's or
 * checklist's options from it ({@code valuesKey}) — options that depend on who is logged in.
 */
public class JsonFormType extends AbstractFormFieldType {

    public static final String NAME = "json";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public TypedValue convertToFormValue(TypedValue propertyValue) {
        Object value = propertyValue.getValue();
        return value == null
                ? Variables.untypedNullValue()
                : SpinValues.jsonValue(value.toString()).create();
    }

    @Override
    public TypedValue convertToModelValue(TypedValue propertyValue) {
        return convertToFormValue(propertyValue);
    }

    @Override
    public Object convertFormValueToModelValue(Object propertyValue) {
        return propertyValue;
    }

    @Override
    public String convertModelValueToFormValue(Object modelValue) {
        return modelValue == null ? null : modelValue.toString();
    }
}

package vn.antq.models.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.antq.models.common.Messages;

/**
 * The choices of the forms' radio groups (field, place, class), with their labels from
 * messages.properties: the task forms name a variable ({@code valuesKey}) that the step before them
 * sets ({@link #write}) instead of repeating the Vietnamese words. Tasklist gives a start form no
 * variables, so the proposal's start form keeps its choices written out, and a test holds them to these.
 */
@Component("choiceOptions")
public class ChoiceOptions {

    public static final String FIELDS = "fieldOptions";
    public static final String HOST_TYPES = "hostTypeOptions";
    public static final String CLASSIFICATIONS = "classificationOptions";

    private final Messages messages;

    public ChoiceOptions(Messages messages) {
        this.messages = messages;
    }

    public String fields() {
        return json(ModelField.values());
    }

    public String hostTypes() {
        return json(HostType.values());
    }

    public String classifications() {
        return json(Classification.values());
    }

    /** Sets the named choices on the scope as JSON variables, as the forms read them. */
    public void write(VariableScope scope, String... names) {
        for (String name : names) {
            scope.setVariable(name, value(name));
        }
    }

    /** The named choices as the JSON variable the forms read. */
    public TypedValue value(String name) {
        String json = switch (name) {
            case FIELDS -> fields();
            case HOST_TYPES -> hostTypes();
            case CLASSIFICATIONS -> classifications();
            default -> throw new IllegalArgumentException("no choices named " + name);
        };
        return SpinValues.jsonValue(json).create();
    }

    private String json(Enum<?>[] values) {
        List<Map<String, String>> options = Arrays.stream(values)
                .map(v -> {
                    Map<String, String> option = new LinkedHashMap<>();
                    option.put("label", messages.label(v));
                    option.put("value", v.name());
                    return option;
                })
                .toList();
        return Spin.JSON(options).toString();
    }
}

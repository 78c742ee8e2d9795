package vn.antq.models.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import vn.antq.models.security.FormFieldTypes.Kind;

/**
 * Checks the variables of a form submission or a start ({@code {"variables": {name: {value, type,
 * valueInfo}}}}) against the kinds of the forms' fields, before the engine turns any of them into
 * a typed value: a number field takes a number, a text field a string, a checklist a JSON list of
 * plain values. An {@code Object}, {@code Bytes}, {@code File}, {@code Xml} or a {@code Date} is no
 * form field's value, and a {@code Json} value is parsed here, shallowly bounded, rather than by the
 * engine in the middle of a transaction.
 */
final class SubmittedVariables {

    /** A refused field and the message key of its problem, with the kind it should have been. */
    record Refusal(String field, String problemKey, Object... args) {}

    /** Lists from a checklist are flat; anything deeper than a list of objects is no form's value. */
    private static final ObjectMapper LIST_JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(3)
                    .maxStringLength(100_000)
                    .build())
            .build());

    static final int MAX_LIST = 1000;

    private static final Set<String> NUMBER_TYPES = Set.of("long", "integer", "short", "double");

    private SubmittedVariables() {}

    /** The first field that breaks the rules, or {@code null} if all are acceptable. */
    static Refusal check(JsonNode variables, FormFieldTypes types) {
        if (variables == null || variables.isNull() || variables.isMissingNode()) {
            return null;
        }
        if (!variables.isObject()) {
            return new Refusal("variables", "problem.notVariables");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = variables.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            Refusal r = checkOne(f.getKey(), f.getValue(), types.of(f.getKey()));
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static Refusal checkOne(String name, JsonNode variable, Set<Kind> kinds) {
        if (kinds.isEmpty()) {
            return new Refusal(name, "problem.unknownField");
        }
        if (!variable.isObject()) {
            return new Refusal(name, "problem.wrongType", kinds.iterator().next());
        }
        JsonNode typeNode = variable.get("type");
        if (typeNode != null && !typeNode.isNull() && !typeNode.isTextual()) {
            return new Refusal(name, "problem.wrongType", kinds.iterator().next());
        }
        String type = typeNode == null || typeNode.isNull()
                ? null
                : typeNode.asText().trim().toLowerCase(java.util.Locale.ROOT);
        JsonNode value = variable.get("value");
        boolean noValue = value == null || value.isNull();
        if ("null".equals(type) || (type == null && noValue)) {
            return null;
        }
        for (Kind kind : kinds) {
            if (fits(kind, type, value, variable.get("valueInfo"))) {
                return null;
            }
        }
        return new Refusal(name, "problem.wrongType", kinds.iterator().next());
    }

    private static boolean fits(Kind kind, String type, JsonNode value, JsonNode valueInfo) {
        if (value == null || value.isNull()) {
            return false;
        }
        return switch (kind) {
            case TEXT -> (type == null || "string".equals(type)) && value.isTextual();
            case NUMBER -> (type == null || NUMBER_TYPES.contains(type)) && value.isNumber();
            case BOOLEAN -> (type == null || "boolean".equals(type)) && value.isBoolean();
            case LIST ->
                ((type == null || "string".equals(type)) && value.isTextual())
                        || ("json".equals(type) && isFlatList(value))
                        || ("object".equals(type) && isJsonList(valueInfo) && isFlatList(value));
        };
    }

    /** Tasklist sends a checklist whose options came from a JSON list variable as that variable's type. */
    private static boolean isJsonList(JsonNode valueInfo) {
        return valueInfo != null
                && "application/json"
                        .equals(valueInfo.path("serializationDataFormat").asText())
                && valueInfo
                        .path("objectTypeName")
                        .asText()
                        .matches("java\\.util\\.(ArrayList|LinkedList)(<java\\.lang\\.String>)?");
    }

    /** A JSON text holding a list of strings, numbers, or one-level {label, value} objects. */
    static boolean isFlatList(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        JsonNode list;
        try {
            list = LIST_JSON.readTree(value.asText());
        } catch (IOException e) {
            return false;
        }
        if (list == null || !list.isArray() || list.size() > MAX_LIST) {
            return false;
        }
        for (JsonNode element : list) {
            if (element.isContainerNode() && !(element.isObject() && allScalar(element))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allScalar(JsonNode object) {
        for (JsonNode v : object) {
            if (v.isContainerNode()) {
                return false;
            }
        }
        return true;
    }
}

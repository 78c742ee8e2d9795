package vn.antq.models.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The variables a process may hold, read from its Camunda Forms (the {@code key} of every field in
 * {@code forms/<id>.form}, on the classpath as {@code <id>.form}) plus those only the server sets:
 * a form may send only its own fields, and the list of them lives in the form itself.
 */
public final class FormFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormFields() {}

    /** The keys of {@code forms}' fields, and {@code serverSet}. */
    public static Set<String> known(Set<String> serverSet, String... forms) {
        Set<String> known = new HashSet<>(serverSet);
        for (String form : forms) {
            known.addAll(keys(form));
        }
        return Set.copyOf(known);
    }

    /** The keys of the fields of {@code forms/<form>.form}. */
    public static Set<String> keys(String form) {
        try (InputStream in = FormFields.class.getResourceAsStream("/" + form + ".form")) {
            if (in == null) {
                throw new IllegalStateException("No form " + form + ".form on the classpath");
            }
            Set<String> keys = new HashSet<>();
            collect(JSON.readTree(in), keys);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read form " + form, e);
        }
    }

    private static void collect(JsonNode node, Set<String> keys) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            collect(component, keys);
        }
    }
}

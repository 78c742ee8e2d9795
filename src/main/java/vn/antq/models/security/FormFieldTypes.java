package vn.antq.models.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What kind of value each form field holds, read once from the Camunda Forms in {@code forms/}: a
 * field named {@code members} is a number field, {@code targetUnits} a checklist, and so on; and
 * from the embedded forms there ({@code *.form.html}), whose fields name their type in
 * {@code cam-variable-type}. A submission may send each field only as its kind; the same name means
 * the same kind in every form (a test keeps it so).
 */
@Component
public class FormFieldTypes {

    /** The kinds of value a form-js component produces. */
    public enum Kind {
        /** textfield, textarea, select, radio, datetime: a string. */
        TEXT,
        /** number: a JSON number. */
        NUMBER,
        /** checkbox: true or false. */
        BOOLEAN,
        /** checklist, taglist: a list, sent as a Json variable (or, per CONTRACT, comma-separated text). */
        LIST
    }

    private final Map<String, Set<Kind>> kinds;

    public FormFieldTypes() {
        this(merge(read("classpath*:*.form"), readEmbedded("classpath*:*.form.html")));
    }

    FormFieldTypes(Map<String, Set<Kind>> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    /** The kinds a field of this name has in any form; empty for a name no form has. */
    public Set<Kind> of(String field) {
        return kinds.getOrDefault(field, Set.of());
    }

    public Map<String, Set<Kind>> all() {
        return kinds;
    }

    static Map<String, Set<Kind>> read(String pattern) {
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<Kind>> kinds = new HashMap<>();
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (InputStream in = form.getInputStream()) {
                    collect(json.readTree(in).path("components"), kinds);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kinds;
    }

    /** The fields of embedded forms: each element with {@code cam-variable-name} and its {@code cam-variable-type}. */
    static Map<String, Set<Kind>> readEmbedded(String pattern) {
        Map<String, Set<Kind>> kinds = new HashMap<>();
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (InputStream in = form.getInputStream()) {
                    for (org.jsoup.nodes.Element field :
                            org.jsoup.Jsoup.parse(in, "UTF-8", "").select("[cam-variable-name]")) {
                        Kind kind = switch (field.attr("cam-variable-type")) {
                            case "Boolean" -> Kind.BOOLEAN;
                            case "Long", "Integer", "Short", "Double" -> Kind.NUMBER;
                            case "String" -> Kind.TEXT;
                            default ->
                                throw new IllegalStateException(form.getFilename() + ": no form field may send a "
                                        + field.attr("cam-variable-type") + " (" + field.attr("cam-variable-name")
                                        + ")");
                        };
                        kinds.computeIfAbsent(field.attr("cam-variable-name"), k -> EnumSet.noneOf(Kind.class))
                                .add(kind);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kinds;
    }

    private static Map<String, Set<Kind>> merge(Map<String, Set<Kind>> a, Map<String, Set<Kind>> b) {
        Map<String, Set<Kind>> all = new HashMap<>(a);
        b.forEach((k, v) -> all.merge(k, v, (x, y) -> {
            Set<Kind> both = EnumSet.copyOf(x);
            both.addAll(y);
            return both;
        }));
        return all;
    }

    private static void collect(JsonNode components, Map<String, Set<Kind>> kinds) {
        for (JsonNode c : components) {
            String key = c.path("key").asText("");
            Kind kind = kindOf(c.path("type").asText(""));
            if (!key.isEmpty() && kind != null) {
                kinds.computeIfAbsent(key, k -> EnumSet.noneOf(Kind.class)).add(kind);
            }
            collect(c.path("components"), kinds);
        }
    }

    static Kind kindOf(String componentType) {
        return switch (componentType) {
            case "textfield", "textarea", "select", "radio", "datetime" -> Kind.TEXT;
            case "number" -> Kind.NUMBER;
            case "checkbox" -> Kind.BOOLEAN;
            case "checklist", "taglist" -> Kind.LIST;
            default -> null;
        };
    }
}

package vn.antq.models.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda 7 Community gets no more security fixes, and its query APIs accept JUEL expressions
 * ({@code assigneeExpression=${...}}) that the engine would evaluate. Every request to the engine's
 * REST APIs ({@code /engine-rest}, and the webapps' own {@code /camunda/api/engine}) that carries a
 * parameter or JSON key ending in "Expression" — at any depth, {@code orQueries} included — is
 * refused with 403 before it reaches the engine. Java-serialized variable values, which the engine
 * is configured to refuse, are answered 400 here rather than 500 there.
 */
public class ExpressionQueryGuard extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The engine refuses these too, but with a 500; a client error deserves a 400. */
    private static final String JAVA_SERIALIZED = "application/x-java-serialized-object";
    /** Request bodies of the engine API are small; anything larger is refused rather than buffered. */
    static final int MAX_BODY = 2 * 1024 * 1024;

    private final vn.antq.models.common.Messages messages;

    public ExpressionQueryGuard(vn.antq.models.common.Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the query string only: reading a form body here would take it from the webapps' login
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name;
                try {
                    name = java.net.URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    EngineAnswer.write(
                            response,
                            HttpServletResponse.SC_BAD_REQUEST,
                            "InvalidRequestException",
                            messages.get(
                                    "engine.malformedQuery", pair.split("=", 2)[0].replaceAll("[^A-Za-z0-9%_.-]", "")));
                    return;
                }
                if (isExpression(name)) {
                    refuse(response, name);
                    return;
                }
            }
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).contains("json")) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        String found = null;
        boolean javaSerialized = false;
        if (body.length > 0) {
            try {
                JsonNode tree = JSON.readTree(body);
                found = expressionKey(tree);
                javaSerialized = namesJavaSerialization(tree);
            } catch (IOException notJson) {
                // the engine answers malformed JSON itself, and deserializes nothing of it
                javaSerialized = new String(body, StandardCharsets.UTF_8)
                        .replace("\\/", "/")
                        .contains(JAVA_SERIALIZED);
            }
        }
        if (found != null) {
            refuse(response, found);
            return;
        }
        if (javaSerialized) {
            EngineAnswer.write(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "InvalidRequestException",
                    messages.get("engine.javaSerialized"));
            return;
        }
        chain.doFilter(new ReplayedRequest(request, body), response);
    }

    /**
     * Whether any value names the Java serialization format, however the JSON spells it
     * ({@code application\/x-java-serialized-object} is the same string once parsed).
     */
    static boolean namesJavaSerialization(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return node.asText().trim().toLowerCase(Locale.ROOT).contains(JAVA_SERIALIZED);
        }
        for (JsonNode child : node) {
            if (namesJavaSerialization(child)) {
                return true;
            }
        }
        return false;
    }

    static boolean isExpression(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("expression");
    }

    static String expressionKey(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (isExpression(f.getKey())) {
                    return f.getKey();
                }
                String nested = expressionKey(f.getValue());
                if (nested != null) {
                    return nested;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                String nested = expressionKey(element);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private void refuse(HttpServletResponse response, String parameter) throws IOException {
        EngineAnswer.write(
                response,
                HttpServletResponse.SC_FORBIDDEN,
                "Forbidden",
                messages.get("engine.expression", parameter.replaceAll("[^A-Za-z0-9_.-]", "")));
    }
}

package vn.antq.models.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every refusal on the engine's paths ({@code /engine-rest}, {@code /camunda/api}), in the shape the
 * engine's REST API gives its own ({@code {"type", "message"}}): Tasklist, Cockpit and Admin read
 * {@code message} from it and show it. Not a {@code ProblemDetail}, which {@code /api} answers with
 * ({@link ApiSecurity}): the webapps would show its {@code detail} as nothing.
 */
final class EngineAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineAnswer() {}

    static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
        write(response, status, type, message, null);
    }

    /** With the form field the refusal names ({@code field}), when it names one. */
    static void write(HttpServletResponse response, int status, String type, String message, String field)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}

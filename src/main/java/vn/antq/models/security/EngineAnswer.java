package vn.antq.models.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A refusal in the shape the engine's REST API gives its own ({@code {"type", "message"}}), which Tasklist shows. */
final class EngineAnswer {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EngineAnswer() {
  }

  static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(JSON.writeValueAsBytes(body));
  }
}

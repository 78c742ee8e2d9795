package vn.antq.models.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plain HTTP client against the running application, logged in with HTTP Basic (or not at all). */
public final class Rest {

    public record Response(int status, String body) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public Rest(int port) {
        this.base = "http://localhost:" + port;
    }

    /** {@code login} is a demo login (password "demo") or "login:password". */
    public Response get(String login, String path) {
        return send(login, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String login, String path, Object body) {
        return withBody(login, path, "POST", body);
    }

    public Response put(String login, String path, Object body) {
        return withBody(login, path, "PUT", body);
    }

    /** A body sent exactly as written, e.g. JSON with escapes a serializer would not produce. */
    public Response postRaw(String login, String path, String contentType, String body) {
        return send(
                login,
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response delete(String login, String path) {
        return send(login, HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    private Response withBody(String login, String path, String method, Object body) {
        try {
            return send(
                    login,
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response send(String login, HttpRequest.Builder request) {
        if (login != null) {
            String credentials = login.contains(":") ? login : login + ":demo";
            String token = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        try {
            HttpResponse<String> r =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Variables as the engine REST API takes them: {"name": {"value": ...}}. */
    public static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> vars = new LinkedHashMap<>();
        values.forEach((k, v) -> vars.put(k, v == null ? Map.of() : Map.of("value", v)));
        return Map.of("variables", vars);
    }
}

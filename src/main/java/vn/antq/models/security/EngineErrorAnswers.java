package vn.antq.models.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.antq.models.common.Messages;
import vn.antq.models.common.RegistryIntegrityException;

/**
 * The engine's own error answers, made readable for officials.
 *
 * <p>An authorization refusal arrives as "The user with id 'x' does not have one of the following
 * permissions: 'UPDATE' permission on resource ..." — a permission dump in English. It becomes one
 * Vietnamese sentence (the status and type stay, so clients can still tell what happened). A form
 * the server refuses (400) arrives as "Cannot instantiate process definition model-proposal:1:…: "
 * or "Cannot submit task form …: " followed by the refusal; the engine's English and its ids go,
 * the Vietnamese sentence stays, with the field it names beside it ({@code field}). A
 * request body missing a part the REST layer needs makes it fail with a NullPointerException, a
 * 500; that is the caller's mistake, answered 400. A step the registry refuses (a process started
 * or moved past its own steps, {@link RegistryIntegrityException}) answers 409 in Vietnamese.
 *
 * <p>When two officials act on the same work at once (both complete one task), the engine lets the
 * first win and rolls the second back with an OptimisticLockingException, which both REST APIs
 * answer as a 500 (or, when the task is already gone, as a 403 or 404). Nothing is lost, but those
 * say "broken" or "forbidden": the loser gets a 409 with a Vietnamese explanation instead, in
 * Tasklist and over REST alike. A task that still exists keeps its original answer.
 */
public class EngineErrorAnswers extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form|resolve)$");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The engine's wrapping of a refusal: its English and the definition's or task's id. */
    static final Pattern ENGINE_PREFIX = Pattern.compile(
            "^(?:(?:Cannot instantiate process definition|Cannot submit task form|Cannot complete task|Cannot resolve task) \\S+: )+");
    /** A refusal names its field as "Nhãn (key): …" (Messages.refusal). */
    private static final Pattern FIELD = Pattern.compile("^[^(]*\\(([A-Za-z][A-Za-z0-9_]*)\\): ");

    private final TaskService tasks;
    private final String forbidden;
    private final String incomplete;
    private final String registryRefused;
    private final String concurrentChange;

    public EngineErrorAnswers(TaskService tasks, Messages messages) {
        this.tasks = tasks;
        this.forbidden = messages.get("engine.forbidden");
        this.incomplete = messages.get("engine.incompleteRequest");
        this.registryRefused = messages.get("engine.registryRefused");
        this.concurrentChange = messages.get("engine.concurrentChange");
    }

    private boolean taskGone(String uri, String body) {
        if (body.isEmpty()) {
            return false;
        }
        Matcher m = COMPLETION.matcher(uri);
        return m.matches()
                && Privileged.call(
                                () -> tasks.createTaskQuery().taskId(m.group(1)).count())
                        == 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapped);
        int status = wrapped.getStatus();
        String body = status >= 400 ? new String(wrapped.getContentAsByteArray(), StandardCharsets.UTF_8) : "";
        // ENGINE-03005: "Entity was updated by another transaction concurrently" (OptimisticLockingException);
        // a completion that lost the race on the task itself fails less politely (500, or 403/404 once the
        // task is gone), but then its task no longer exists: someone else did the work
        boolean lostRace = !"GET".equals(request.getMethod())
                && ((status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                                && (body.contains("OptimisticLockingException") || body.contains("ENGINE-03005")))
                        || ((status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                                        || status == HttpServletResponse.SC_FORBIDDEN
                                        || status == HttpServletResponse.SC_NOT_FOUND)
                                && taskGone(request.getRequestURI(), body)));
        if (lostRace) {
            replace(wrapped, HttpServletResponse.SC_CONFLICT, "ConcurrentChange", concurrentChange);
        } else if (status == HttpServletResponse.SC_FORBIDDEN
                && body.contains("AuthorizationException")
                && body.contains("does not have")) {
            replace(wrapped, status, "AuthorizationException", forbidden);
        } else if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                && body.contains(RegistryIntegrityException.PREFIX)) {
            // the registry refused a step of a process that was started or moved past its own steps; the
            // details (model, instance, transition) are in the log for the administrator
            replace(wrapped, HttpServletResponse.SC_CONFLICT, "RegistryRefused", registryRefused);
        } else if (status == HttpServletResponse.SC_BAD_REQUEST && body.contains("\"message\":\"Cannot ")) {
            refusalOnly(wrapped, body);
        } else if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                && body.startsWith("{\"type\":\"NullPointerException\"")) {
            // the REST layer dereferencing a part of the body that was left out (migration/execute {},
            // restart without instructions): the request was incomplete, the server is fine
            replace(wrapped, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", incomplete);
        }
        wrapped.copyBodyToResponse();
    }

    /** The refusal without the engine's wrapping, and the field it names. */
    private static void refusalOnly(ContentCachingResponseWrapper wrapped, String body) throws IOException {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException notJson) {
            return;
        }
        String message = answer.path("message").asText("");
        String refusal = ENGINE_PREFIX.matcher(message).replaceFirst("");
        if (refusal.equals(message)) {
            return;
        }
        Matcher field = FIELD.matcher(refusal);
        wrapped.resetBuffer();
        EngineAnswer.write(
                wrapped,
                wrapped.getStatus(),
                answer.path("type").asText("InvalidRequestException"),
                refusal,
                field.find() ? field.group(1) : null);
    }

    private static void replace(ContentCachingResponseWrapper wrapped, int status, String type, String message)
            throws IOException {
        wrapped.resetBuffer();
        EngineAnswer.write(wrapped, status, type, message);
    }
}

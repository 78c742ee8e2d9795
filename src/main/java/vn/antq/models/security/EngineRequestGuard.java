package vn.antq.models.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.antq.models.common.Messages;

/**
 * What officials may ask of the engine's HTTP APIs ({@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}), beyond what the engine's authorizations say. Camunda 7.24 lets
 * anyone who may start a process start it part-way and lets anyone who may work on a task write
 * any variable; it checks no authorization on task comments and attachments by id, and its webapp
 * plugin APIs answer any logged-in user. Here, for everyone but administrators:
 * <ul>
 *   <li>work starts at the start event: {@code startInstructions}, {@code skipCustomListeners} and
 *       {@code skipIoMappings} are refused, and so are instance modification, restart and
 *       migration, engine metrics, the schema log and telemetry;
 *   <li>data enters a process only through a form: a start or task submission may carry only form
 *       fields, each as its field's kind ({@link SubmittedVariables}); direct variable writes,
 *       messages, signals and conditions are refused;
 *   <li>a task's comments and attachments are for those who may read the task (reading) or work on
 *       it (writing), an instance's for those who may read it;
 *   <li>a webapp's plugin API is for those who may open that webapp.
 * </ul>
 * Runs after the login filters, so the caller is known. {@link AdminOnlyCommands} refuses the same
 * partial starts and modifications inside the engine, for any other way in.
 */
public class EngineRequestGuard extends OncePerRequestFilter {

    private static final Pattern START =
            Pattern.compile("^/process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/(start|submit-form)$");
    private static final Pattern TASK_FORM = Pattern.compile("^/task/[^/]+/(?:complete|submit-form|resolve)$");
    private static final Pattern TASK_NOTES = Pattern.compile("^/task/([^/]+)/(?:comment|attachment)(?:/.*)?$");
    private static final Pattern INSTANCE_NOTES =
            Pattern.compile("^/process-instance/([^/]+)/(?:comment|attachment)(?:/.*)?$");
    private static final Pattern VARIABLE_WRITES = Pattern.compile(
            "^/(?:task|process-instance|execution|case-instance|case-execution)/[^/]+/(?:localVariables|variables)(?:/.*)?$"
                    + "|^/(?:message|signal|condition)(?:/.*)?$");
    private static final Pattern ADMIN_ONLY =
            Pattern.compile("^/(?:migration|modification|metrics|schema|telemetry)(?:/.*)?$"
                    + "|^/process-instance/[^/]+/modification(?:-async)?$"
                    + "|^/process-definition/.+/restart(?:-async)?$");
    /**
     * Open to anyone: the webapps' login, logout and first-run setup (Admin's {@code auth} and
     * {@code setup}), which answer before anyone is logged in, and the plugins' scripts and styles.
     */
    private static final Pattern OPEN_PLUGIN_PATHS =
            Pattern.compile("^/(?:auth|setup)(?:/.*)?$|^/plugin/[^/]+/static/.*$");

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build());

    /** Stands for a body that is no JSON at all, or JSON nested deeper than any request needs. */
    private static final JsonNode MALFORMED = JSON.getNodeFactory().missingNode();

    private final IdentityService identity;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final FormFieldTypes formTypes;
    private final Messages messages;

    public EngineRequestGuard(
            IdentityService identity,
            TaskService tasks,
            RuntimeService runtime,
            FormFieldTypes formTypes,
            Messages messages) {
        this.identity = identity;
        this.tasks = tasks;
        this.runtime = runtime;
        this.formTypes = formTypes;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EnginePath at;
        try {
            at = EnginePath.of(request);
        } catch (EnginePath.Malformed e) {
            EngineAnswer.write(response, 400, "InvalidRequestException", messages.get("engine.malformedPath"));
            return;
        }
        EngineCaller caller = at == null ? null : EngineCaller.of(request, identity);
        if (at == null || (caller != null && caller.isAdmin())) {
            chain.doFilter(request, response);
            return;
        }
        if (!at.isEngine()) {
            if (!OPEN_PLUGIN_PATHS.matcher(at.path()).matches()) {
                if (caller == null) {
                    EngineAnswer.write(response, 401, "AuthenticationException", messages.get("engine.loginRequired"));
                    return;
                }
                if (!"welcome".equals(at.api()) && !caller.mayOpen(at.api())) {
                    EngineAnswer.write(
                            response,
                            403,
                            "AuthorizationException",
                            messages.get("engine.webappNotAllowed", appName(at.api())));
                    return;
                }
            }
            chain.doFilter(request, response);
            return;
        }
        if (caller == null) {
            chain.doFilter(request, response); // the API's own login refuses it
            return;
        }
        String refusal = refusal(request, at.path(), caller);
        if (refusal != null) {
            answer(response, refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    private void answer(HttpServletResponse response, String refusal) throws IOException {
        int status = Integer.parseInt(refusal.substring(0, 3));
        String type = status == 403 ? "AuthorizationException" : "InvalidRequestException";
        EngineAnswer.write(response, status, type, refusal.substring(4));
    }

    /** "status message" of a refusal, or null to let the request through. */
    private String refusal(HttpServletRequest request, String path, EngineCaller caller) throws IOException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        boolean reads = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        if (ADMIN_ONLY.matcher(path).matches()) {
            return "403 " + messages.get("engine.adminOnly");
        }
        if (!reads && VARIABLE_WRITES.matcher(path).matches()) {
            return "403 " + messages.get("engine.variablesOnlyThroughForms");
        }
        Matcher notes = TASK_NOTES.matcher(path);
        if (notes.matches()) {
            return taskNotes(notes.group(1), reads, caller);
        }
        Matcher instanceNotes = INSTANCE_NOTES.matcher(path);
        if (instanceNotes.matches()) {
            String instanceId = instanceNotes.group(1);
            boolean readable = caller.query(
                    identity,
                    () -> runtime.createProcessInstanceQuery()
                                    .processInstanceId(instanceId)
                                    .count()
                            > 0);
            return readable && reads
                    ? null
                    : readable ? "403 " + messages.get("engine.adminOnly") : "404 " + messages.get("engine.noSuchWork");
        }
        Matcher start = START.matcher(path);
        boolean submits = "POST".equals(method)
                && (start.matches() || TASK_FORM.matcher(path).matches());
        if (!submits) {
            return null;
        }
        JsonNode body = body(request);
        if (body == null) {
            return null; // no JSON body: the engine answers for that
        }
        if (body == MALFORMED || !body.isObject()) {
            return "400 " + messages.get("engine.malformedBody");
        }
        if (start.matches()) {
            for (String flag : new String[] {"startInstructions", "skipCustomListeners", "skipIoMappings"}) {
                JsonNode v = body.get(flag);
                if (v != null && !v.isNull() && !(v.isBoolean() && !v.asBoolean()) && !(v.isArray() && v.isEmpty())) {
                    return "403 " + messages.get("engine.startAtStartEventOnly", flag);
                }
            }
        }
        SubmittedVariables.Refusal wrong = SubmittedVariables.check(body.get("variables"), formTypes);
        if (wrong != null) {
            Object[] args =
                    wrong.args().length == 0 ? new Object[0] : new Object[] {messages.get("kind." + wrong.args()[0])};
            return "400 " + messages.refusal(wrong.field(), wrong.problemKey(), args);
        }
        return null;
    }

    private String taskNotes(String taskId, boolean reads, EngineCaller caller) {
        Task task = caller.query(
                identity, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            return "404 " + messages.get("engine.noSuchWork");
        }
        if (reads || worksOn(task, caller)) {
            return null;
        }
        return "403 " + messages.get("engine.notYourWork");
    }

    /** The assignee, or, while nobody has claimed it, a member of a candidate group. */
    private boolean worksOn(Task task, EngineCaller caller) {
        if (caller.login().equals(task.getAssignee())) {
            return true;
        }
        if (task.getAssignee() != null) {
            return false;
        }
        for (IdentityLink link : caller.query(identity, () -> tasks.getIdentityLinksForTask(task.getId()))) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (caller.login().equals(link.getUserId())
                            || caller.groupIds().contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }

    /** The request's JSON body (already buffered by {@link ExpressionQueryGuard}), or null if it has none. */
    private static JsonNode body(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).contains("json")) {
            return null;
        }
        byte[] bytes = request.getInputStream().readAllBytes();
        if (bytes.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException malformed) {
            return MALFORMED;
        }
    }

    private String appName(String api) {
        return messages.get("webapp." + api);
    }
}

package vn.antq.models.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.models.common.Messages;
import vn.antq.models.evaluation.EvaluationDueNow;
import vn.antq.models.security.LoginThrottle;

/**
 * Administrator actions for operating and demonstrating the system. JSON only, so that a page on
 * another site cannot trigger them with a plain form post.
 */
@RestController
class AdminController {

    private final CurrentOfficial current;
    private final EvaluationDueNow dueNow;
    private final Messages messages;
    private final LoginThrottle throttle;
    private final JdbcTemplate jdbc;

    AdminController(
            CurrentOfficial current,
            EvaluationDueNow dueNow,
            Messages messages,
            LoginThrottle throttle,
            JdbcTemplate jdbc) {
        this.current = current;
        this.dueNow = dueNow;
        this.messages = messages;
        this.throttle = throttle;
        this.jdbc = jdbc;
    }

    /**
     * Failed logins: the engine's count of wrong passwords since each account's last successful login,
     * and the callers this node is slowing down now (per address and login, address, login).
     */
    @GetMapping("/api/admin/logins")
    Map<String, Object> failedLogins(HttpServletRequest request) {
        requireAdmin(request);
        List<Map<String, Object>> accounts = jdbc.queryForList(
                "select id_ as login, attempts_ as failed_attempts from act_id_user where attempts_ > 0 order by attempts_ desc, id_");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "accounts",
                accounts.stream()
                        .map(a -> Map.of("login", a.get("login"), "failedAttempts", a.get("failed_attempts")))
                        .toList());
        body.put(
                "throttled",
                throttle.current().stream().map(LoginThrottle::describe).toList());
        return body;
    }

    private void requireAdmin(HttpServletRequest request) {
        if (!current.of(request).isAdmin()) {
            throw new ApiException(HttpStatus.FORBIDDEN, null, messages.get("api.adminOnly"));
        }
    }

    /** Makes the model's waiting evaluation fall due now; the job executor then opens the report task. */
    @PostMapping(path = "/api/admin/models/{code}/evaluation-due-now", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> evaluationDueNow(HttpServletRequest request, @PathVariable String code) {
        requireAdmin(request);
        Job timer = dueNow.bringForward(code)
                .orElseThrow(() ->
                        new ApiException(HttpStatus.CONFLICT, null, messages.get("api.noWaitingEvaluation", code)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("modelCode", code);
        body.put("processInstanceId", timer.getProcessInstanceId());
        body.put("jobId", timer.getId());
        body.put("dueDate", timer.getDuedate());
        return body;
    }
}

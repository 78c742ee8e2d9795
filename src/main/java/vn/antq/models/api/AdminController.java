package vn.antq.models.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.models.common.Messages;
import vn.antq.models.evaluation.EvaluationDueNow;
import vn.antq.models.security.Official;

/**
 * Administrator actions for operating and demonstrating the system. JSON only, so that a page on
 * another site cannot trigger them with a plain form post.
 */
@RestController
class AdminController {

  private final CurrentOfficial current;
  private final EvaluationDueNow dueNow;
  private final Messages messages;

  AdminController(CurrentOfficial current, EvaluationDueNow dueNow, Messages messages) {
    this.current = current;
    this.dueNow = dueNow;
    this.messages = messages;
  }

  /** Makes the model's waiting evaluation fall due now; the job executor then opens the report task. */
  @PostMapping(path = "/api/admin/models/{code}/evaluation-due-now", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> evaluationDueNow(HttpServletRequest request, @PathVariable String code) {
    Official official = current.of(request);
    if (!official.isAdmin()) {
      throw new ApiException(HttpStatus.FORBIDDEN, null, messages.get("api.adminOnly"));
    }
    Job timer = dueNow.bringForward(code)
        .orElseThrow(() -> new ApiException(HttpStatus.CONFLICT, null, messages.get("api.noWaitingEvaluation", code)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("modelCode", code);
    body.put("processInstanceId", timer.getProcessInstanceId());
    body.put("jobId", timer.getId());
    body.put("dueDate", timer.getDuedate());
    return body;
  }
}

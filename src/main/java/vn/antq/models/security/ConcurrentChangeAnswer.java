package vn.antq.models.security;

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

/**
 * When two officials act on the same work at once (both complete one task), the engine lets the
 * first win and rolls the second back with an OptimisticLockingException, which both REST APIs
 * answer as a 500 (or, when the task is already gone, as a 403 or 404). Nothing is lost, but those
 * say "broken" or "forbidden": the loser gets a 409 with a Vietnamese explanation instead, in
 * Tasklist and over REST alike. A task that still exists keeps its original answer.
 */
public class ConcurrentChangeAnswer extends OncePerRequestFilter {

  static final String MESSAGE = "Việc này vừa được người khác xử lý cùng lúc; thao tác của đồng chí không được ghi nhận. "
      + "Hãy tải lại danh sách việc.";

  private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form|resolve)$");

  private final TaskService tasks;

  public ConcurrentChangeAnswer(TaskService tasks) {
    this.tasks = tasks;
  }

  private boolean taskGone(String uri, String body) {
    if (body.isEmpty()) {
      return false;
    }
    Matcher m = COMPLETION.matcher(uri);
    return m.matches() && Privileged.call(() -> tasks.createTaskQuery().taskId(m.group(1)).count()) == 0;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return "GET".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapped);
    int status = wrapped.getStatus();
    String body = status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR || status == HttpServletResponse.SC_FORBIDDEN
        || status == HttpServletResponse.SC_NOT_FOUND ? new String(wrapped.getContentAsByteArray(), StandardCharsets.UTF_8) : "";
    // ENGINE-03005: "Entity was updated by another transaction concurrently" (OptimisticLockingException);
    // a completion that lost the race on the task itself fails less politely (500, or 403/404 once the
    // task is gone), but then its task no longer exists: someone else did the work
    if ((status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
        && (body.contains("OptimisticLockingException") || body.contains("ENGINE-03005")))
        || taskGone(request.getRequestURI(), body)) {
      wrapped.resetBuffer();
      wrapped.setStatus(HttpServletResponse.SC_CONFLICT);
      wrapped.setContentType("application/json;charset=UTF-8");
      wrapped.getOutputStream().write(("{\"type\":\"ConcurrentChange\",\"message\":\"" + MESSAGE + "\"}")
          .getBytes(StandardCharsets.UTF_8));
    }
    wrapped.copyBodyToResponse();
  }
}

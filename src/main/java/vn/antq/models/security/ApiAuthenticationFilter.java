package vn.antq.models.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.antq.models.common.Messages;

/**
 * Every {@code /api} request needs a login: the webapps' session (so Tasklist and Cockpit pages
 * can call it) or HTTP Basic checked against the Camunda identity service. The official is put on
 * the request and the engine's authentication is set for the request's duration. A write that
 * rides on the session carries the webapps' CSRF token in {@value #CSRF_HEADER}, exactly as their
 * own API requires, so no other site can make an official's browser upload or change anything.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  public static final String OFFICIAL = Official.class.getName();

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdentityService identity;
  private final OfficialService officials;
  private final Messages messages;

  public ApiAuthenticationFilter(IdentityService identity, OfficialService officials, Messages messages) {
    this.identity = identity;
    this.officials = officials;
    this.messages = messages;
  }

  private void refuse(HttpServletResponse response, int status, String messageKey) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write(JSON.writeValueAsString(Map.of("status", status, "message", messages.get(messageKey))));
  }

  /** The one call behind no login: an invited official sets a password with a one-time token. */
  static final String OPEN = "/api/invitations/password";
  static final String CSRF_HEADER = "X-XSRF-TOKEN";
  /** Where the webapps' CsrfPreventionFilter keeps the session's token. */
  static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // exactly that path, as sent and as resolved: no "..", ";" or encoding reaches another one unauthenticated
    return request.getRequestURI().equals(request.getContextPath() + OPEN) && OPEN.equals(request.getServletPath());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EngineCaller session = EngineCaller.ofSession(request.getSession(false));
    String login = session == null ? null : session.login();
    if (login != null && !safe(request.getMethod()) && !csrfTokenMatches(request)) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "api.csrfMissing");
      return;
    }
    if (login == null) {
      login = fromBasic(request.getHeader("Authorization"));
    }
    if (login == null) {
      // a page's own request (X-Requested-With) gets no Basic challenge: the browser would open its login dialog
      if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"antq-models\", charset=\"UTF-8\"");
      }
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "engine.loginRequired");
      return;
    }
    Official official = officials.byLogin(login);
    request.setAttribute(OFFICIAL, official);
    identity.setAuthentication(login, official.groupIds());
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static boolean safe(String method) {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  private static boolean csrfTokenMatches(HttpServletRequest request) {
    Object expected = request.getSession(false) == null ? null : request.getSession(false).getAttribute(CSRF_SESSION_ATTRIBUTE);
    String sent = request.getHeader(CSRF_HEADER);
    return expected instanceof String token && sent != null
        && java.security.MessageDigest.isEqual(token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            sent.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private String fromBasic(String header) {
    BasicCredentials credentials = BasicCredentials.of(header);
    return credentials != null && identity.checkPassword(credentials.login(), credentials.password()) ? credentials.login() : null;
  }
}

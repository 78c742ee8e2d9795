package vn.antq.models.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every {@code /api} request needs a login: the webapps' session (so Tasklist and Cockpit pages
 * can call it) or HTTP Basic checked against the Camunda identity service. The official is put on
 * the request and the engine's authentication is set for the request's duration.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  public static final String OFFICIAL = Official.class.getName();

  private final IdentityService identity;
  private final OfficialService officials;

  public ApiAuthenticationFilter(IdentityService identity, OfficialService officials) {
    this.identity = identity;
    this.officials = officials;
  }

  /** The one page behind no login: an invited official sets a password with a one-time token. */
  static final String OPEN = "/api/invitations/";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + OPEN);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EngineCaller session = EngineCaller.ofSession(request.getSession(false));
    String login = session == null ? null : session.login();
    if (login == null) {
      login = fromBasic(request.getHeader("Authorization"));
    }
    if (login == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"antq-models\", charset=\"UTF-8\"");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"status\":401,\"message\":\"Cần đăng nhập.\"}");
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

  private String fromBasic(String header) {
    BasicCredentials credentials = BasicCredentials.of(header);
    return credentials != null && identity.checkPassword(credentials.login(), credentials.password()) ? credentials.login() : null;
  }
}

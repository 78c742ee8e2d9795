package vn.antq.models.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every {@code /api} request needs a login: the webapps' session (so Tasklist and Cockpit pages
 * can call it) or HTTP Basic checked against the Camunda identity service. The official is put on
 * the request and the engine's authentication is set for the request's duration.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  public static final String OFFICIAL = Official.class.getName();
  private static final String ENGINE = "default";

  private final IdentityService identity;
  private final OfficialService officials;

  public ApiAuthenticationFilter(IdentityService identity, OfficialService officials) {
    this.identity = identity;
    this.officials = officials;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String login = fromSession(request.getSession(false));
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

  private static String fromSession(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
    Authentication auth = auths == null ? null : auths.getAuthenticationForProcessEngine(ENGINE);
    return auth == null ? null : auth.getName();
  }

  private String fromBasic(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String user = decoded.substring(0, colon);
    return identity.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
  }
}

package vn.antq.models.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, through either REST API, to delete the last direct member of {@code camunda-admin} or
 * to take them out of the group: otherwise the webapps would offer anyone the first-run setup.
 */
public class LastAdminGuard extends OncePerRequestFilter {

  private static final Pattern MEMBERSHIP = Pattern.compile(".*/group/" + Groups.CAMUNDA_ADMIN + "/members/([^/]+)/?$");
  private static final Pattern USER = Pattern.compile(".*/user/([^/]+)/?$");

  private final IdentityService identity;

  public LastAdminGuard(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ("DELETE".equals(request.getMethod()) && removesLastAdmin(request.getRequestURI())) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"type\":\"Conflict\",\"message\":\"Không thể xóa quản trị viên cuối cùng của hệ thống.\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean removesLastAdmin(String uri) {
    Matcher m = MEMBERSHIP.matcher(uri);
    Matcher u = USER.matcher(uri);
    String user = m.matches() ? m.group(1) : u.matches() ? u.group(1) : null;
    if (user == null) {
      return false;
    }
    boolean isAdmin = identity.createUserQuery().userId(user).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0;
    return isAdmin && identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() <= 1;
  }
}

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
import vn.antq.models.common.Messages;

/**
 * Refuses, through either REST API, to delete the last direct member of {@code camunda-admin}, to
 * take them out of the group, or to delete the group itself: otherwise the webapps would offer
 * anyone the first-run setup. Matched on the decoded path without matrix parameters
 * ({@link EnginePath}), as the REST resources read it: {@code admin;x=1} and {@code adm%69n} are
 * {@code admin}.
 */
public class LastAdminGuard extends OncePerRequestFilter {

    private static final Pattern MEMBERSHIP = Pattern.compile("^/group/" + Groups.CAMUNDA_ADMIN + "/members/([^/]+)$");
    private static final Pattern USER = Pattern.compile("^/user/([^/]+)$");
    private static final Pattern ADMIN_GROUP = Pattern.compile("^/group/" + Groups.CAMUNDA_ADMIN + "$");

    private final IdentityService identity;
    private final Messages messages;

    public LastAdminGuard(IdentityService identity, Messages messages) {
        this.identity = identity;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"DELETE".equalsIgnoreCase(request.getMethod());
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
        if (at != null && at.isEngine() && removesLastAdmin(at.path())) {
            EngineAnswer.write(response, HttpServletResponse.SC_CONFLICT, "Conflict", messages.get("engine.lastAdmin"));
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean removesLastAdmin(String path) {
        if (ADMIN_GROUP.matcher(path).matches()) {
            return true;
        }
        Matcher m = MEMBERSHIP.matcher(path);
        Matcher u = USER.matcher(path);
        String user = m.matches() ? m.group(1) : u.matches() ? u.group(1) : null;
        if (user == null) {
            return false;
        }
        long admins = Privileged.call(() ->
                identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count());
        boolean isAdmin = Privileged.call(() -> identity.createUserQuery()
                        .userId(user)
                        .memberOfGroup(Groups.CAMUNDA_ADMIN)
                        .count())
                > 0;
        return isAdmin && admins <= 1;
    }
}

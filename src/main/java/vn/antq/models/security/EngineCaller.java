package vn.antq.models.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who is calling one of the engine's HTTP APIs: the webapps' session login (Tasklist, Cockpit,
 * Admin) or the HTTP Basic login that {@code /engine-rest}'s authentication filter has already
 * checked and handed to the engine. Anonymous callers are {@code null}; the APIs refuse them
 * themselves.
 */
public record EngineCaller(String login, List<String> groupIds, java.util.Set<String> webapps) {

    static final String ENGINE = "default";

    public static EngineCaller of(HttpServletRequest request, IdentityService identity) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
            EngineCaller webapp = ofSession(request.getSession(false));
            if (webapp != null) {
                return webapp;
            }
        }
        Authentication current = identity.getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return new EngineCaller(
                    current.getUserId(),
                    current.getGroupIds() == null ? List.of() : List.copyOf(current.getGroupIds()),
                    java.util.Set.of());
        }
        return null;
    }

    /** Whoever is logged in to the webapps in this session (for the engine "default"), or null. */
    public static EngineCaller ofSession(HttpSession session) {
        Authentications auths = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        org.camunda.bpm.webapp.impl.security.auth.Authentication auth =
                auths == null ? null : auths.getAuthenticationForProcessEngine(ENGINE);
        if (auth instanceof UserAuthentication user) {
            return new EngineCaller(
                    user.getName(),
                    user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds()),
                    user.getAuthorizedApps() == null
                            ? java.util.Set.of()
                            : java.util.Set.copyOf(user.getAuthorizedApps()));
        }
        return null;
    }

    /** May open that webapp (tasklist, cockpit, admin, welcome); known only for a webapp session. */
    public boolean mayOpen(String webapp) {
        return isAdmin() || webapps.contains(webapp);
    }

    public boolean isAdmin() {
        return groupIds.contains(Groups.CAMUNDA_ADMIN);
    }

    /** Runs an engine query with this caller's authorizations, whatever the thread held before. */
    public <T> T query(IdentityService identity, Supplier<T> work) {
        Authentication before = identity.getCurrentAuthentication();
        identity.setAuthentication(login, groupIds);
        try {
            return work.get();
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }
}

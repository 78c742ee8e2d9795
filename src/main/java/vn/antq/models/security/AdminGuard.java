package vn.antq.models.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The application does not run without an administrator: the {@code camunda-admin} group must have
 * a direct member once the engine is up (the production profile creates one from
 * ANTQ_ADMIN_PASSWORD). With one present, the webapps' first-run "create an administrator" page is
 * closed, and {@link LastAdminGuard} keeps the last one from being removed.
 */
@Component
public class AdminGuard {

    private final IdentityService identity;

    public AdminGuard(IdentityService identity) {
        this.identity = identity;
    }

    @EventListener
    public void onDeployed(PostDeployEvent event) {
        if (adminCount() == 0) {
            throw new IllegalStateException("No member in group camunda-admin: set ANTQ_ADMIN_PASSWORD (see README)");
        }
    }

    public long adminCount() {
        return identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count();
    }
}

package vn.antq.models.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Work the application decides on while a user's request is in the engine (an /api call carries the
 * login into it): looking up a colleague, starting the application's own bookkeeping process. It runs
 * without the login's authorizations and gives them back after; inside a command, as {@link Privileged}.
 */
@Component
public class AsApplication {

    private final IdentityService identity;

    public AsApplication(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T call(Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null) {
            return Privileged.call(work);
        }
        identity.clearAuthentication();
        try {
            return Privileged.call(work);
        } finally {
            identity.setAuthentication(caller);
        }
    }
}

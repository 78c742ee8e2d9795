package vn.antq.models.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import vn.antq.models.security.ApiSecurity;
import vn.antq.models.security.Official;

/** The official the authentication filter put on the request. */
@Component
class CurrentOfficial {

    Official of(HttpServletRequest request) {
        Object o = request.getAttribute(ApiSecurity.OFFICIAL);
        if (!(o instanceof Official official)) {
            throw new IllegalStateException("/api request without an authenticated official");
        }
        return official;
    }
}

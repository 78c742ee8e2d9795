package vn.antq.models.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.antq.models.common.Messages;

/**
 * Spring Security for {@code /api}: every request needs a login, the webapps' session (so Tasklist
 * and Cockpit pages can call it) or HTTP Basic checked against the Camunda identity service. A write
 * that rides on the session carries the webapps' CSRF token in {@code X-XSRF-TOKEN}, exactly as
 * their own API requires. The official is put on the request and the engine's authentication is set
 * for its duration. Refusals are {@link ProblemDetail}s in Vietnamese (with {@code message}, as every
 * other answer of the API). Only {@code /api} passes through Spring Security: the webapps and
 * {@code /engine-rest} keep Camunda's own logins, CSRF and headers.
 */
@Configuration
public class ApiSecurity {

    /** The request attribute that holds the {@link Official} of an {@code /api} request. */
    public static final String OFFICIAL = Official.class.getName();
    /** The one call behind no login: an invited official sets a password with a one-time token. */
    static final String OPEN = "/api/invitations/password";

    static final String CSRF_HEADER = "X-XSRF-TOKEN";
    /** Where the webapps' CsrfPreventionFilter keeps the session's token. */
    static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            IdentityService identity,
            OfficialService officials,
            Messages messages,
            ObjectMapper json)
            throws Exception {
        AuthenticationEntryPoint loginRequired = (request, response, e) -> {
            // a page's own request (X-Requested-With) gets no Basic challenge: the browser would open its login dialog
            if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"antq-models\", charset=\"UTF-8\"");
            }
            problem(json, response, HttpStatus.UNAUTHORIZED, messages.get("engine.loginRequired"));
        };
        AccessDeniedHandler csrfMissing = (request, response, e) ->
                problem(json, response, HttpStatus.FORBIDDEN, messages.get("api.csrfMissing"));
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, OPEN)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new WebappSession(), BasicAuthenticationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(loginRequired))
                .addFilterAfter(new EngineAuthentication(identity, officials), AuthorizationFilter.class)
                .csrf(c -> c.csrfTokenRepository(new WebappCsrfTokens())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(ApiSecurity::writeOnTheSession))
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(loginRequired).accessDeniedHandler(csrfMissing))
                // the session is the webapps': never created, changed or written here (a new session id in the middle
                // of Cockpit's parallel requests would log those requests out)
                .sessionManagement(s -> s.disable())
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(r -> r.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .headers(h -> h.defaultsDisabled()
                        .contentTypeOptions(o -> {})
                        .frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** HTTP Basic, checked against the Camunda identity service (users and passwords live there). */
    @Bean
    AuthenticationProvider identityServicePasswords(IdentityService identity) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String login = authentication.getName();
                Object password = authentication.getCredentials();
                if (password == null || !identity.checkPassword(login, password.toString())) {
                    throw new BadCredentialsException("wrong login or password");
                }
                return UsernamePasswordAuthenticationToken.authenticated(login, null, List.of());
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    /**
     * A path written to reach around the login ({@code ..}, {@code ;}, encoded dots) is refused as the
     * unauthenticated request it is.
     */
    @Bean
    RequestRejectedHandler rejectedPaths(Messages messages, ObjectMapper json) {
        return (request, response, e) ->
                problem(json, response, HttpStatus.UNAUTHORIZED, messages.get("engine.loginRequired"));
    }

    /** Spring Security answers {@code /api} only. */
    @Bean
    static BeanPostProcessor onlyTheApiThroughSpringSecurity() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration
                        && "securityFilterChainRegistration".equals(name)) {
                    registration.setUrlPatterns(List.of("/api/*"));
                }
                return bean;
            }
        };
    }

    /** Written by the application's ObjectMapper, as Spring MVC writes a ProblemDetail (its properties beside its fields). */
    private static void problem(ObjectMapper json, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setProperty("message", message);
        response.setStatus(status.value());
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    private static String sessionLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        EngineCaller caller = EngineCaller.ofSession(session);
        return caller == null ? null : caller.login();
    }

    private static boolean writeOnTheSession(HttpServletRequest request) {
        String method = request.getMethod();
        boolean safe = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        return !safe && sessionLogin(request) != null;
    }

    /** The webapps' session login, as the request's authentication. */
    static final class WebappSession extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String login = sessionLogin(request);
            if (login != null) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login, null, List.of()));
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * The session's webapp CSRF token, for the application's pages outside {@code /camunda} (whose
     * {@code XSRF-TOKEN} cookie is scoped to that path): only a same-origin script can read the answer,
     * as only one can read the cookie.
     */
    public static java.util.Optional<String> sessionCsrfToken(HttpServletRequest request) {
        CsrfToken token = new WebappCsrfTokens().loadToken(request);
        return java.util.Optional.ofNullable(token == null ? null : token.getToken());
    }

    /** The token the webapps' CsrfPreventionFilter keeps in the session; this side never makes one. */
    static final class WebappCsrfTokens implements CsrfTokenRepository {
        @Override
        public CsrfToken generateToken(HttpServletRequest request) {
            // a session without the webapps' token: one nobody knows, so the write is refused
            CsrfToken token = loadToken(request);
            return token != null
                    ? token
                    : new DefaultCsrfToken(
                            CSRF_HEADER, "_csrf", java.util.UUID.randomUUID().toString());
        }

        @Override
        public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {}

        @Override
        public CsrfToken loadToken(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            Object token = session == null ? null : session.getAttribute(CSRF_SESSION_ATTRIBUTE);
            return token instanceof String t ? new DefaultCsrfToken(CSRF_HEADER, "_csrf", t) : null;
        }
    }

    /** The official on the request, and the engine's authentication for the request's duration. */
    static final class EngineAuthentication extends OncePerRequestFilter {
        private final IdentityService identity;
        private final OfficialService officials;

        EngineAuthentication(IdentityService identity, OfficialService officials) {
            this.identity = identity;
            this.officials = officials;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null
                    || !auth.isAuthenticated()
                    || auth.getPrincipal() == null
                    || "anonymousUser".equals(auth.getPrincipal())) {
                chain.doFilter(request, response);
                return;
            }
            Official official = officials.byLogin(auth.getName());
            request.setAttribute(OFFICIAL, official);
            identity.setAuthentication(auth.getName(), official.groupIds());
            try {
                chain.doFilter(request, response);
            } finally {
                identity.clearAuthentication();
            }
        }
    }
}

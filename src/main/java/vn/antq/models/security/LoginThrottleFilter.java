package vn.antq.models.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.antq.models.common.Messages;

/**
 * Puts {@link LoginThrottle} in front of every place a password is checked: the webapps' login
 * form and HTTP Basic on {@code /engine-rest} and {@code /api}. A caller who must wait gets 429
 * with {@code Retry-After}, and the password is not checked; afterwards a 401 counts as a failure
 * and any other answer as a success.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Pattern WEBAPP_LOGIN = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/[^/]+$");
    private static final int MAX_LOGIN_FORM = 8 * 1024;

    private final LoginThrottle throttle;
    private final Messages messages;

    public LoginThrottleFilter(LoginThrottle throttle, Messages messages) {
        this.throttle = throttle;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest forward = request;
        String login;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equalsIgnoreCase(request.getMethod())
                && WEBAPP_LOGIN.matcher(path).matches()) {
            byte[] form = request.getInputStream().readNBytes(MAX_LOGIN_FORM);
            forward = new ReplayedRequest(request, form);
            login = formField(new String(form, StandardCharsets.ISO_8859_1), "username");
        } else if (path.startsWith("/api/") && EngineCaller.ofSession(request.getSession(false)) != null) {
            login = null; // the session is the login; a Basic header beside it is not checked
        } else {
            BasicCredentials basic = BasicCredentials.of(request.getHeader("Authorization"));
            login = basic == null ? null : basic.login();
        }
        if (login == null || login.isEmpty()) {
            chain.doFilter(forward, response);
            return;
        }
        String address = request.getRemoteAddr();
        Duration wait = throttle.waitFor(login, address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            response.setHeader("Retry-After", Long.toString(seconds));
            EngineAnswer.write(response, 429, "TooManyRequests", messages.get("login.throttled", seconds));
            return;
        }
        chain.doFilter(forward, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(login, address);
        } else if (response.getStatus() < 500) {
            throttle.succeeded(login, address);
        }
    }

    static String formField(String form, String name) {
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && kv[0].equals(name)) {
                try {
                    return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return kv[1];
                }
            }
        }
        return null;
    }
}

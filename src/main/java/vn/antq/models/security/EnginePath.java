package vn.antq.models.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request's path as the REST resources see it: every segment percent-decoded and stripped of
 * matrix parameters ({@code admin;x=1} and {@code adm%69n} are both {@code admin}), relative to the
 * engine API it addresses. Guards match on this, never on the raw URI.
 *
 * @param api {@code ENGINE} for {@code /engine-rest} and the webapps' {@code /camunda/api/engine},
 *     otherwise the webapp whose plugin API it is ({@code cockpit}, {@code admin}, {@code tasklist},
 *     {@code welcome})
 * @param path the rest, starting with "/" ({@code /task/42/comment})
 */
public record EnginePath(String api, String path) {

    public static final String ENGINE = "engine";

    private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(?:/engine/[^/]+)?(/.*)?$");
    private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine/engine/[^/]+(/.*)?$");
    private static final Pattern WEBAPP_PLUGIN =
            Pattern.compile("^/camunda/api/(cockpit|admin|tasklist|welcome)(/.*)?$");

    /** Thrown for a path that cannot be decoded ({@code %ZZ}); callers answer 400. */
    public static final class Malformed extends RuntimeException {
        Malformed() {
            super("malformed path", null, false, false);
        }
    }

    /** The engine or plugin API path of the request, or {@code null} if it addresses neither. */
    public static EnginePath of(HttpServletRequest request) {
        String decoded = decode(
                request.getRequestURI().substring(request.getContextPath().length()));
        Matcher m = ENGINE_REST.matcher(decoded);
        if (m.matches()) {
            return new EnginePath(ENGINE, m.group(1) == null ? "/" : m.group(1));
        }
        m = WEBAPP_ENGINE.matcher(decoded);
        if (m.matches()) {
            return new EnginePath(ENGINE, m.group(1) == null ? "/" : m.group(1));
        }
        m = WEBAPP_PLUGIN.matcher(decoded);
        if (m.matches()) {
            return new EnginePath(m.group(1), m.group(2) == null ? "/" : m.group(2));
        }
        return null;
    }

    public boolean isEngine() {
        return ENGINE.equals(api);
    }

    /** Each segment without its matrix parameters, percent-decoded; repeated and trailing slashes dropped. */
    static String decode(String rawPath) {
        StringBuilder out = new StringBuilder();
        for (String segment : rawPath.split("/")) {
            int matrix = segment.indexOf(';');
            String bare = matrix < 0 ? segment : segment.substring(0, matrix);
            if (bare.isEmpty()) {
                continue;
            }
            out.append('/').append(percentDecode(bare));
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    /** Percent-decoding of a path segment: '+' stays '+', as in a URI path. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new Malformed();
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new Malformed();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

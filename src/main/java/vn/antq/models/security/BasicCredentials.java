package vn.antq.models.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The login and password of an HTTP Basic {@code Authorization} header, as every password check here reads it. */
record BasicCredentials(String login, String password) {

    /** The header's credentials, or null if it is missing, not Basic or not decodable. */
    static BasicCredentials of(String header) {
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
        return colon <= 0 ? null : new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}

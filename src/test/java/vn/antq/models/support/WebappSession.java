package vn.antq.models.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like session of the Camunda webapps: logged in through their own login, cookies kept. */
public final class WebappSession {

    private final HttpClient client =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private final int loginStatus;

    public WebappSession(int port, String login, String app) {
        this.base = "http://localhost:" + port;
        // like the browser: load a page, which sets the CSRF cookie and names the token, then log in with it
        String token = csrfToken();
        String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=demo";
        this.loginStatus = send(HttpRequest.newBuilder(
                                URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-XSRF-TOKEN", token)
                        .POST(HttpRequest.BodyPublishers.ofString(form)))
                .status();
    }

    private String csrfToken() {
        try {
            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/camunda/app/welcome/default/"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return page.headers().firstValue("X-XSRF-TOKEN").orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int loginStatus() {
        return loginStatus;
    }

    /** A state-changing call as the webapps make it: JSON, with the session's CSRF token. */
    public Rest.Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The same call forged from another site: the session's cookie rides along, its CSRF token cannot. */
    public Rest.Response postWithoutToken(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Rest.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .GET());
    }

    private Rest.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Rest.Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.sujarit.staff.provider;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's worth of HTTP over both sites (Sujarit and the test provider), with one cookie
 * jar, following redirects by hand so that every hop is seen: the provider's sign-in form is
 * filled in when it comes, and the callback into Sujarit is kept (to be replayed).
 */
final class TwoSites {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String app;
    final List<String> visited = new ArrayList<>();
    String callback;

    TwoSites(String app) {
        this.app = app;
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        visited.add(url);
        return client.send(HttpRequest.newBuilder(URI.create(absolute(url))).GET()
                .header("Accept", "text/html,application/xhtml+xml").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        visited.add("POST " + url);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(absolute(url)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/xhtml+xml").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form of Sujarit's with the CSRF token of the page at {@code formPage}. */
    HttpResponse<String> postForm(String formPage, String action, Map<String, String> fields) throws IOException, InterruptedException {
        String token = csrf(get(formPage).body());
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", token);
        return post(action, form);
    }

    /** Signs in to Sujarit with a password. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = postForm("/login", "/login", Map.of("username", username, "password", password));
        if (response.statusCode() != 302 || location(response).contains("error")) {
            throw new AssertionError("Password sign-in failed: " + response.statusCode() + " " + location(response));
        }
    }

    /**
     * Follows redirects from a response; at the provider's sign-in form, signs in as {@code user};
     * stops at the first page that is not a redirect and returns it.
     */
    HttpResponse<String> follow(HttpResponse<String> response, String user, String password) throws IOException, InterruptedException {
        for (int hops = 0; hops < 20; hops++) {
            if (response.statusCode() / 100 == 3) {
                String next = URI.create(response.uri().toString()).resolve(location(response)).toString();
                if (next.contains("/login/oauth2/code/")) {
                    callback = next;
                }
                response = get(next);
                continue;
            }
            String body = response.body();
            boolean providerForm = !response.uri().toString().startsWith(app) && response.uri().getPath().equals("/login")
                    && body.contains("name=\"password\"");
            if (providerForm && user != null) {
                Map<String, String> form = new LinkedHashMap<>();
                form.put("username", user);
                form.put("password", password);
                form.put("_csrf", csrf(body));
                response = post(response.uri().resolve("/login").toString(), form);
                user = null;
                continue;
            }
            return response;
        }
        throw new AssertionError("Too many redirects: " + visited);
    }

    HttpResponse<String> start(String path, String user, String password) throws IOException, InterruptedException {
        return follow(get(path), user, password);
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No CSRF token in " + html);
        }
        return (m.group(1) != null ? m.group(1) : m.group(2)).replace("&#45;", "-").replace("&#x2d;", "-");
    }

    private String absolute(String url) {
        return url.startsWith("http") ? url : app + url;
    }
}

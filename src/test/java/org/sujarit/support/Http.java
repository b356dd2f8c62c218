package org.sujarit.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client with its own cookie jar, like one browser, against a running server. */
public final class Http {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    public Http(int port) {
        this(port, new java.net.CookieManager());
    }

    /** A browser whose cookies the test can read and change. */
    public Http(int port, java.net.CookieManager cookies) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Accept", "text/html,application/xhtml+xml");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, Map<String, String> form, String... headers)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/xhtml+xml")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A file of a multipart form: the form field, the file's name and type, and its bytes. */
    public record FilePart(String field, String fileName, String contentType, byte[] content) {
    }

    /**
     * A multipart form post, as a browser sends a form with {@code enctype="multipart/form-data"}: the fields in
     * order, then the files. Gives up after a minute, so that a server that hangs fails the test rather than the run.
     */
    public HttpResponse<String> multipart(String path, Map<String, String> fields, List<FilePart> files, String... headers)
            throws IOException, InterruptedException {
        String boundary = "----sujarit" + UUID.randomUUID().toString().replace("-", "");
        List<byte[]> body = new ArrayList<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.add(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n"));
        }
        for (FilePart file : files) {
            body.add(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
                    + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n"));
            body.add(file.content());
            body.add(utf8("\r\n"));
        }
        body.add(utf8("--" + boundary + "--\r\n"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html,application/xhtml+xml")
                .timeout(Duration.ofMinutes(1))
                .POST(HttpRequest.BodyPublishers.ofByteArrays(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Signs in through the form, as a browser would; returns the answer to the form post. */
    public HttpResponse<String> signIn(String username, String password, String... headers)
            throws IOException, InterruptedException {
        String token = csrfToken(get("/login", headers).body());
        return post("/login", Map.of("username", username, "password", password, "_csrf", token), headers);
    }

    /** The {@code Set-Cookie} header of the answer that sets cookie {@code name} (a page may set several). */
    public static String setCookie(HttpResponse<?> answer, String name) {
        return answer.headers().allValues("Set-Cookie").stream().filter(header -> header.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("No cookie " + name + " set: " + answer.headers().map()));
    }

    /**
     * Passes the second factor after {@link #signIn} with a one-time code (e.g. from {@link
     * SecondFactors#nextCode}), as a person types it on the second-factor page.
     */
    public HttpResponse<String> secondFactor(String code, String... headers) throws IOException, InterruptedException {
        String token = csrfToken(get("/login/second-factor", headers).body());
        return post("/login/second-factor", Map.of("code", code, "_csrf", token), headers);
    }

    public static String csrfToken(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("No CSRF token on the page");
        }
        return matcher.group(1);
    }

    public HttpClient client() {
        return client;
    }
}

package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sujarit.support.Http;
import org.sujarit.support.ServerTest;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * The limits on anonymous filing count the address the request came from; {@code X-Forwarded-For}
 * is believed only from a proxy the settings name, by default the loopback address of the same
 * machine (127.0.0.1, ::1). A client elsewhere — here 127.0.0.2, which is in the private ranges
 * Tomcat trusts out of the box — cannot pick a new address for each request. The server's default
 * limit of 10 filings an hour from one address applies; the proof of work is on, so a filing the
 * limit lets through comes back 422 for its missing proof, one it stops 429.
 */
@ServerTest
class ForwardedAddressTest {

    private static final int FILINGS_PER_HOUR = 10;
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.[01] (\\d{3})");
    private static final Pattern COOKIE = Pattern.compile("(?im)^Set-Cookie: ([A-Za-z_-]+=[^;]+)");

    @LocalServerPort int port;
    @Autowired TenantFixture fixtures;
    @Autowired ComplaintSettings complaintSettings;

    @Test
    void aClientThatIsNoTrustedProxyCannotChooseItsAddressWithXForwardedFor() throws Exception {
        Tenant t = fixtures.create();
        Client elsewhere = new Client("127.0.0.2", t);
        for (int i = 0; i < FILINGS_PER_HOUR; i++) {
            assertThat(elsewhere.file(randomAddress())).as("filing %d", i + 1).isEqualTo(422);
        }
        assertThat(elsewhere.file(randomAddress())).as("the 11th filing, under yet another forwarded address").isEqualTo(429);
        assertThat(elsewhere.file(null)).isEqualTo(429);
    }

    @Test
    void behindTheTrustedProxyTheForwardedAddressIsCounted() throws Exception {
        Tenant t = fixtures.create();
        Client proxy = new Client("127.0.0.1", t);
        String citizen = randomAddress();
        for (int i = 0; i < FILINGS_PER_HOUR; i++) {
            assertThat(proxy.file(citizen)).as("filing %d", i + 1).isEqualTo(422);
        }
        assertThat(proxy.file(citizen)).as("the 11th filing of one citizen").isEqualTo(429);
        assertThat(proxy.file(randomAddress())).as("another citizen behind the same proxy").isEqualTo(422);
    }

    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(100, 200) + "." + random.nextInt(1, 255);
    }

    /** A browser on a given local address, speaking plain HTTP/1.0 over a socket bound to it. */
    private final class Client {

        private final String localAddress;
        private final Tenant tenant;
        private final String cookies;
        private final String csrf;

        Client(String localAddress, Tenant tenant) throws IOException {
            this.localAddress = localAddress;
            this.tenant = tenant;
            String form = exchange("GET /" + tenant.organisation().slug() + "/complaints/general HTTP/1.0\r\n"
                    + "Host: localhost\r\nAccept: text/html\r\n\r\n");
            assertThat(status(form)).isEqualTo(200);
            // The form's cookies, as a browser keeps them: its token's, and the session's if it has one.
            this.cookies = COOKIE.matcher(form).results().map(cookie -> cookie.group(1)).collect(Collectors.joining("; "));
            assertThat(cookies).as("the form's token cookie").contains("SUJARIT_CSRF=");
            this.csrf = Http.csrfToken(form);
        }

        /** The status of a filing without its proof of work, sent with this X-Forwarded-For (none when null). */
        int file(String forwardedFor) throws IOException {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("_csrf", csrf);
            fields.put("categoryId", complaintSettings.activeCategories(tenant.id(), Channel.GENERAL).get(0).id().toString());
            fields.put("subject", "ไฟดับ");
            fields.put("description", "ไฟดับทั้งซอย");
            fields.put("anonymous", "true");
            byte[] body = fields.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&")).getBytes(StandardCharsets.US_ASCII);
            String head = "POST /" + tenant.organisation().slug() + "/complaints/general HTTP/1.0\r\nHost: localhost\r\n"
                    + "Accept: text/html\r\nCookie: " + cookies + "\r\n"
                    + (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n")
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n";
            return status(exchange(head + new String(body, StandardCharsets.US_ASCII)));
        }

        private String exchange(String request) throws IOException {
            try (Socket socket = new Socket()) {
                socket.bind(new InetSocketAddress(localAddress, 0));
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
                InputStream in = socket.getInputStream();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        private static int status(String response) {
            Matcher matcher = STATUS.matcher(response);
            assertThat(matcher.find()).as("a status line in %s", response.lines().findFirst().orElse("")).isTrue();
            return Integer.parseInt(matcher.group(1));
        }
    }
}

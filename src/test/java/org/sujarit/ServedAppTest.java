package org.sujarit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.staff.Role;
import org.sujarit.support.Http;
import org.sujarit.support.ServerTest;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/** What only a real server shows: error pages, the real session cookie, sessions shared by instances. */
@ServerTest
class ServedAppTest {

    @LocalServerPort int port;
    @Autowired Environment environment;
    @Autowired JdbcClient jdbc;
    @Autowired TenantFixture fixtures;

    @Test
    void anUnknownSlugIsAPlainNotFoundInBothLanguages() throws Exception {
        Http browser = new Http(port);
        HttpResponse<String> thai = browser.get("/no-such-town");
        assertThat(thai.statusCode()).isEqualTo(404);
        assertThat(thai.body()).contains("ไม่พบหน้าที่คุณต้องการ").contains("lang=\"th\"")
                .doesNotContain("Exception").doesNotContain("Whitelabel");
        HttpResponse<String> english = browser.get("/no-such-town?lang=en");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("The page was not found").contains("href=\"/no-such-town?lang=th\"");
    }

    @Test
    void aMalformedIdIsABadRequestWithoutAStackTrace() throws Exception {
        Http browser = new Http(port);
        browser.signIn("bantom.admin", "sujarit-demo-2569");
        HttpResponse<String> page = browser.get("/console/units/not-a-uuid");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("คำขอไม่ถูกต้อง").doesNotContain("UUID").doesNotContain("at org.");
    }

    @Test
    void aForbiddenPageSaysSoPlainly() throws Exception {
        Http browser = new Http(port);
        browser.signIn("bantom.council", "sujarit-demo-2569");
        HttpResponse<String> page = browser.get("/console/users");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("คุณไม่มีสิทธิ์เข้าถึงหน้านี้");
    }

    /**
     * A form's list fields take an index from the request ({@code bidderNames[3]}); one far beyond any form's rows
     * is refused with 422 and a message before anything is built for it, never a 500.
     */
    @Test
    void anIndexBeyondAnyFormsRowsIsRefusedWithAMessage() throws Exception {
        Tenant t = fixtures.create();
        Http officer = new Http(port);
        officer.signIn(t.username(Role.INTEGRITY_OFFICER), TenantFixture.PASSWORD);
        String form = officer.get("/console/procurement/2568/1/purchases/new").body();
        for (String index : List.of("99999", "2147483648", "x")) {
            HttpResponse<String> answer = officer.post("/console/procurement/2568/1/purchases", Map.of("_csrf",
                    Http.csrfToken(form), "work", "ซ่อมถนน " + t.marker(), "bidderNames[" + index + "]", "x"));
            assertThat(answer.statusCode()).as("bidderNames[%s]", index).isEqualTo(422);
            assertThat(answer.body()).contains("ข้อมูลที่ส่งมาไม่ผ่านการตรวจสอบ").contains("รายการในแบบฟอร์มมากเกินกว่าที่รับได้")
                    .doesNotContain("Exception");
        }
        assertThat(jdbc.sql("select count(*) from procurement_purchase where tenant_id = ?").param(t.id().value())
                .query(Integer.class).single()).isZero();
    }

    /**
     * A form's anti-forgery token lives in a cookie of its own (it outlives the session: see
     * LongOpenFormTest), HttpOnly and SameSite; over HTTPS under the {@code __Host-} prefix, so that
     * no other sub-domain can set it.
     */
    @Test
    void theFormTokenCookieIsHttpOnlyAndHostOnlyBehindHttps() throws Exception {
        String plain = Http.setCookie(new Http(port).get("/login"), "SUJARIT_CSRF");
        assertThat(plain).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure")
                .doesNotContainIgnoringCase("Domain=");
        String proxied = Http.setCookie(new Http(port).get("/login", "X-Forwarded-Proto", "https"), "__Host-SUJARIT_CSRF");
        assertThat(proxied).contains("Secure").contains("HttpOnly").contains("SameSite=Lax").contains("Path=/")
                .doesNotContainIgnoringCase("Domain=");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSecureBehindHttps() throws Exception {
        HttpResponse<String> plain = new Http(port).signIn("bantom.auditor", "sujarit-demo-2569");
        String cookie = Http.setCookie(plain, "SUJARIT_SESSION");
        assertThat(cookie).startsWith("SUJARIT_SESSION=").contains("HttpOnly").contains("SameSite=Lax")
                .doesNotContain("Secure");
        // Behind the TLS proxy the browser speaks HTTPS and sends its secure cookies back; this client
        // speaks plain HTTP to the server, so the form's token cookie is sent by hand.
        Http browser = new Http(port);
        HttpResponse<String> form = browser.get("/login", "X-Forwarded-Proto", "https");
        String token = Http.setCookie(form, "__Host-SUJARIT_CSRF").split(";")[0];
        HttpResponse<String> proxied = browser.post("/login", Map.of("username", "bantom.auditor",
                        "password", "sujarit-demo-2569", "_csrf", Http.csrfToken(form.body())),
                "X-Forwarded-Proto", "https", "Cookie", token);
        assertThat(proxied.statusCode()).isEqualTo(302);
        assertThat(proxied.headers().allValues("Set-Cookie"))
                .anySatisfy(value -> assertThat(value).startsWith("SUJARIT_SESSION=").contains("Secure").contains("HttpOnly"));
    }

    /**
     * A browser fetches a page and its stylesheet and script at once, right after signing in: no
     * request of the burst may fail because another stored the same session attribute first.
     */
    @Test
    void requestsOfOneSessionAtOnceAllSucceed() throws Exception {
        List<String> paths = List.of("/console", "/css/app.css", "/console/audit", "/js/app.js");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
            for (int session = 0; session < 12; session++) {
                Http browser = new Http(port);
                browser.signIn("bantom.admin", "sujarit-demo-2569");
                List<Future<Integer>> burst = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    String path = paths.get(i % paths.size());
                    burst.add(pool.submit(() -> browser.get(path).statusCode()));
                }
                for (Future<Integer> answer : burst) {
                    statuses.merge(answer.get(), 1, Integer::sum);
                }
            }
            assertThat(statuses).as("answers to 12 bursts of 16 requests, each burst in one session")
                    .containsOnlyKeys(200).containsEntry(200, 12 * 16);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A page view that changes nothing in its session writes nothing to the session table; once a
     * minute has passed the last-access time moves on, and the idle timeout still ends a session.
     */
    @Test
    void aSessionIsWrittenOnlyWhenItChangesOrOnceAMinute() throws Exception {
        Http browser = new Http(port);
        HttpResponse<String> signedIn = browser.signIn("bantom.executive", "sujarit-demo-2569");
        String cookie = Http.setCookie(signedIn, "SUJARIT_SESSION").split(";")[0];
        String id = new String(Base64.getDecoder().decode(cookie.substring(cookie.indexOf('=') + 1)), StandardCharsets.UTF_8);
        long signedInAt = lastAccess(id);
        for (int i = 0; i < 3; i++) {
            assertThat(browser.get("/console").statusCode()).isEqualTo(200);
        }
        assertThat(lastAccess(id)).as("last access after three page views within a minute").isEqualTo(signedInAt);

        jdbc.sql("update spring_session set last_access_time = last_access_time - 120000, expiry_time = expiry_time - 120000"
                + " where session_id = ?").param(id).update();
        long before = System.currentTimeMillis();
        assertThat(browser.get("/console").statusCode()).isEqualTo(200);
        assertThat(lastAccess(id)).as("last access two minutes later").isGreaterThanOrEqualTo(before);

        jdbc.sql("update spring_session set last_access_time = last_access_time - 1860000, expiry_time = expiry_time - 1860000"
                + " where session_id = ?").param(id).update();
        HttpResponse<String> idle = browser.get("/console");
        assertThat(idle.statusCode()).as("a session idle for 31 minutes").isEqualTo(302);
        assertThat(idle.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    private long lastAccess(String sessionId) {
        return jdbc.sql("select last_access_time from spring_session where session_id = ?").param(sessionId)
                .query(Long.class).single();
    }

    @Test
    void aSecondInstanceServesTheSameSignedInUser() throws Exception {
        Http browser = new Http(port);
        HttpResponse<String> signedIn = browser.signIn("bantom.integrity", "sujarit-demo-2569");
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
        String session = Http.setCookie(signedIn, "SUJARIT_SESSION").split(";")[0];
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(SujaritApplication.class)
                .properties(Map.of(
                        "server.port", "0",
                        "spring.datasource.url", environment.getProperty("spring.datasource.url"),
                        "spring.datasource.username", "postgres",
                        "sujarit.demo.enabled", "true"))
                .run()) {
            int otherPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            HttpResponse<String> console = new Http(otherPort).get("/console", "Cookie", session);
            assertThat(console.statusCode()).isEqualTo(200);
            assertThat(console.body()).contains("นิติกร งานนิติการ");
        }
    }
}

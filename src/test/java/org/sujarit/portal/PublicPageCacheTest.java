package org.sujarit.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.disclosure.Disclosures;
import org.sujarit.disclosure.PublicationDraft;
import org.sujarit.staff.Role;
import org.sujarit.support.Http;
import org.sujarit.support.ServerTest;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * The public portal pages an anonymous visitor gets are cached for a few seconds on a real server:
 * the same page comes from the cache with the same security headers; a committed change empties it
 * at once; a visitor with a cookie, a signed-in officer, a form post or a complaint page never
 * gets a cached page.
 */
@ServerTest
class PublicPageCacheTest {

    @LocalServerPort int port;
    @Autowired TenantFixture fixtures;
    @Autowired Disclosures disclosures;
    @Autowired JdbcClient jdbc;

    @Test
    void anAnonymousPageIsServedFromTheCacheUntilAChangeIsCommitted() throws Exception {
        Tenant t = fixtures.create();
        String page = "/" + t.organisation().slug();
        Http visitor = new Http(port);
        HttpResponse<String> first = visitor.get(page);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();

        // Changed behind the application's back (no audited event): the cache still answers. (A unit,
        // not the organisation, whose name the application itself keeps for a few seconds.)
        String renamed = "กองทดสอบแคช " + t.marker();
        assertThat(jdbc.sql("update unit set name_th = ? where tenant_id = ? and name_th = ?")
                .params(renamed, t.id().value(), "กอง " + t.marker()).update()).isEqualTo(1);
        HttpResponse<String> cached = visitor.get(page);
        assertThat(cached.body()).isEqualTo(first.body()).doesNotContain(renamed);
        assertThat(cached.headers().firstValue("Content-Security-Policy"))
                .isEqualTo(first.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(cached.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        // A visitor with a cookie (a language chosen, a session) is served by the application itself.
        assertThat(visitor.get(page, "Cookie", "sujarit-lang=th").body()).contains(renamed);

        // A change made through the application is committed with its audit event: the cache empties.
        disclosures.publish(t.id(), disclosures.currentYear(), "O3", new PublicationDraft("ONCE", "ข้อมูลการติดต่อ " + t.marker(),
                LocalDate.now(), "https://example.org/contact", null, null, null), t.userId(Role.INTEGRITY_OFFICER));
        assertThat(visitor.get(page).body()).contains(renamed);
        assertThat(visitor.get(page + "/disclosure").body()).contains("ข้อมูลการติดต่อ " + t.marker());

        // Complaint pages are never cached.
        HttpResponse<String> channel = visitor.get("/" + t.organisation().slug() + "/complaints");
        assertThat(channel.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
}

package org.sujarit.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.OversightScope;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUsers;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.ComplaintFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.WebTest;

/**
 * With the caches on, as in production: a place whose indicator values did not change keeps its
 * cached instance (and the page parts rendered from it) however often it is refreshed, and a change
 * — the epoch advanced by the drain's commit — is recomputed and reaches the page within the TTL,
 * never hidden behind a part rendered before it.
 */
@WebTest
@TestPropertySource(properties = {"sujarit.test.fresh-database=true", "sujarit.oversight.cache-ttl=PT1S",
        "sujarit.oversight.refresh=PT1H", "sujarit.notifications.cron=-"})
class CachedOversightPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture tenants;
    @Autowired ComplaintFixture complaints;
    @Autowired IndicatorMaintenance maintenance;
    @Autowired IndicatorStore store;
    @Autowired OversightFigures figures;
    @Autowired StaffUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void anUnchangedPlaceIsKeptAndAChangedOneReachesThePage() throws Exception {
        TenantFixture.Tenant lao = tenants.create("44");
        complaints.general(lao, 8);
        maintenance.refreshStale();
        int year = figures.currentYear();
        String path = "/oversight/provinces/44?year=" + year + "&source=complaint";
        assertThat(row(page(path), lao.marker())).contains(">8<");

        OversightFigures.Overview before = figures.overview(OversightScope.province("44"), year);
        long epoch = store.epoch();
        for (int i = 0; i < 3; i++) {    // older than the TTL, refreshed in the background, three times
            Thread.sleep(1_200);
            figures.overview(OversightScope.province("44"), year);
        }
        Thread.sleep(300);
        assertThat(figures.overview(OversightScope.province("44"), year)).as("nothing changed: the same instance")
                .isSameAs(before);
        assertThat(row(page(path), lao.marker())).contains(">8<");

        complaints.general(lao, 2);
        maintenance.refreshStale();
        assertThat(store.epoch()).as("the drain's commit advanced the epoch").isGreaterThan(epoch);
        String html = page(path);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!row(html, lao.marker()).contains(">10<") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            html = page(path);
        }
        assertThat(row(html, lao.marker())).as("the 10 complaints on the page within the TTL").contains(">10<");
        assertThat(figures.overview(OversightScope.province("44"), year)).isNotSameAs(before);
    }

    private String page(String path) throws Exception {
        if (jdbc.sql("select count(*) from app_user where username = 'oversight.cache.nation'").query(Integer.class).single() == 0) {
            users.create(new NewStaffUser(null, "oversight.cache.nation", "ผู้กำกับระดับประเทศ", null, null,
                    EnumSet.of(Role.OVERSIGHT), OversightScope.nation(), TenantFixture.PASSWORD, false, false));
        }
        return mvc.perform(get(path).with(authentication(principals.authentication("oversight.cache.nation"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
    }

    private static String row(String html, String marker) {
        int at = html.indexOf(marker);
        assertThat(at).as("a row for %s", marker).isPositive();
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }
}

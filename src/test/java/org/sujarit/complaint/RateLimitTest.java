package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HexFormat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.infrastructure.guard.RateLimiter;
import org.sujarit.infrastructure.guard.RateLimiter.Limit;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * Anonymous filing and look-ups are limited per address, counted in PostgreSQL; a flood from one
 * address does not stop another, and the address is stored only as a keyed hash.
 */
@SpringBootTest(properties = {"sujarit.complaints.filings-per-hour=2", "sujarit.complaints.lookups-per-10-minutes=3",
        "sujarit.complaints.friction=false", "sujarit.complaints.guess-delay=10ms"})
@AutoConfigureMockMvc
class RateLimitTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired RateLimiter limiter;
    @Autowired JdbcClient jdbc;

    @Test
    void aFloodOfFilingsFromOneAddressIsRefusedWithTheFormKeptWhileOthersGoOn() throws Exception {
        Tenant t = fixtures.create();
        String category = complaintSettings.activeCategories(t.id(), Channel.GENERAL).get(0).id().toString();
        for (int i = 0; i < 2; i++) {
            file(t, category, from("198.51.100.7"), "เรื่องที่ " + i).andExpect(status().isOk());
        }
        String refused = file(t, category, from("198.51.100.7"), "เรื่องที่สาม " + t.marker())
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select("#subject").val()).isEqualTo("เรื่องที่สาม " + t.marker());
        assertThat(Jsoup.parse(refused).select(".problem").text()).contains("มากเกินไป");
        file(t, category, from("203.0.113.9"), "จากอีกเครือข่าย").andExpect(status().isOk());

        String stored = jdbc.sql("select string_agg(encode(client, 'hex') || bucket, ',') from rate_limit")
                .query(String.class).single();
        assertThat(stored).doesNotContain("198.51.100.7", HexFormat.of().formatHex("198.51.100.7".getBytes()));
    }

    @Test
    void lookUpsFromOneAddressAreLimitedWhateverTheCase() throws Exception {
        Tenant t = fixtures.create();
        String slug = t.organisation().slug();
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/" + slug + "/complaints/track").with(csrf()).with(from("198.51.100.8"))
                    .param("number", "XX-2569-000" + i).param("secret", "1234567890123452")).andExpect(status().isNotFound());
        }
        mvc.perform(post("/" + slug + "/complaints/track").with(csrf()).with(from("198.51.100.8"))
                .param("number", "XX-2569-0009").param("secret", "1234567890123452")).andExpect(status().isTooManyRequests());
    }

    @Test
    void aWindowPassesAndTheCountStartsAgain() {
        Limit tiny = new Limit("test-" + System.nanoTime(), 1, Duration.ofMillis(300));
        assertThat(limiter.tryAcquire(tiny, "192.0.2.1")).isTrue();
        assertThat(limiter.tryAcquire(tiny, "192.0.2.1")).isFalse();
        assertThat(limiter.tryAcquire(tiny, "192.0.2.2")).isTrue();
        await(Duration.ofMillis(350));
        assertThat(limiter.tryAcquire(tiny, "192.0.2.1")).isTrue();
    }

    private org.springframework.test.web.servlet.ResultActions file(Tenant t, String category, RequestPostProcessor from,
                                                                 String subject) throws Exception {
        return mvc.perform(multipart("/" + t.organisation().slug() + "/complaints/general").with(csrf()).with(from)
                .param("categoryId", category).param("subject", subject).param("description", "รายละเอียด")
                .param("anonymous", "true"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static void await(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

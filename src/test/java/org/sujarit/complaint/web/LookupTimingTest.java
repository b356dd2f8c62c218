package org.sujarit.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.complaint.FilingComplaints;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.complaint.CaseSecret;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.FilingComplaints.Filed;
import org.sujarit.complaint.Filing;
import org.sujarit.complaint.Source;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * A wrong case number and a wrong secret get the same answer in the same time, through the whole
 * look-up on real PostgreSQL: the Argon2id check runs on a decoy hash when there is no such case.
 * A statistical check: both paths are timed alternately after a warm-up, and their medians must lie
 * within 20% of each other. The wrong-guess counts are cleared between samples so that neither the
 * slow-down nor the lock comes into it.
 */
@WebTest
class LookupTimingTest {

    private static final int WARM_UP = 15;
    private static final int SAMPLES = 61;

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired FilingComplaints filingComplaints;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired JdbcClient jdbc;

    @Test
    void aWrongNumberAndAWrongSecretAnswerAlikeInTheSameTime() throws Exception {
        Tenant t = fixtures.create();
        Filed filed = filingComplaints.file(t.id(), new Filing(Channel.GENERAL,
                complaintSettings.activeCategories(t.id(), Channel.GENERAL).get(0).id(), "ไฟดับ", "ไฟดับทั้งซอย", null, null, null,
                null, null, null, null, null, true, Contact.NONE, false, Source.WEB, List.of()), null);
        String slug = t.organisation().slug();
        String noCase = filed.number().substring(0, filed.number().length() - 4) + "9999";

        MockHttpServletResponse wrongSecret = track(t, slug, filed.number(), CaseSecret.generate());
        MockHttpServletResponse wrongNumber = track(t, slug, noCase, filed.secret());
        assertThat(wrongSecret.getStatus()).isEqualTo(wrongNumber.getStatus()).isEqualTo(404);
        assertThat(problem(wrongSecret)).isEqualTo(problem(wrongNumber)).isNotBlank();

        List<Long> secretTimes = new ArrayList<>();
        List<Long> numberTimes = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            // Alternate which path goes first, so that neither always runs on a warmer cache.
            boolean secretFirst = i % 2 == 0;
            long a = timed(t, slug, secretFirst ? filed.number() : noCase, secretFirst ? CaseSecret.generate() : filed.secret());
            long b = timed(t, slug, secretFirst ? noCase : filed.number(), secretFirst ? filed.secret() : CaseSecret.generate());
            if (i >= WARM_UP) {
                secretTimes.add(secretFirst ? a : b);
                numberTimes.add(secretFirst ? b : a);
            }
        }
        double secretMedian = median(secretTimes);
        double numberMedian = median(numberTimes);
        System.out.printf("Look-up, %d samples each: median wrong secret %.1f ms, median wrong number %.1f ms%n", SAMPLES,
                secretMedian / 1e6, numberMedian / 1e6);
        assertThat(Math.abs(secretMedian - numberMedian) / Math.max(secretMedian, numberMedian))
                .as("median wrong secret %.1f ms, median wrong number %.1f ms", secretMedian / 1e6, numberMedian / 1e6)
                .isLessThan(0.2);
    }

    private long timed(Tenant t, String slug, String number, String secret) throws Exception {
        long started = System.nanoTime();
        track(t, slug, number, secret);
        return System.nanoTime() - started;
    }

    private MockHttpServletResponse track(Tenant t, String slug, String number, String secret) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/" + slug + "/complaints/track").with(csrf())
                .param("number", number).param("secret", secret)).andReturn().getResponse();
        jdbc.sql("delete from guess_throttle where scope = 'case-look-up'").update();
        return response;
    }

    private static String problem(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString()).select(".problem[role=alert]").text();
    }

    private static double median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}

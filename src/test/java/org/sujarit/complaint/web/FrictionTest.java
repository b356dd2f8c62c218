package org.sujarit.complaint.web;

import org.sujarit.infrastructure.guard.ProofOfWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sujarit.complaint.FilingComplaints;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.complaint.CaseSecret;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.FilingComplaints.Filed;
import org.sujarit.complaint.Filing;
import org.sujarit.complaint.Source;
import org.sujarit.infrastructure.guard.GuessThrottle;
import org.sujarit.infrastructure.guard.GuessThrottle.Policy;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * The friction on anonymous filing and look-ups, switched on as in production: each form carries a
 * signed challenge; a submission needs its proof of work, or without script the wait, and is taken
 * once, on any instance; a missing, forged or spent proof answers with the form kept and a message.
 * Wrong guesses at a case number lock it for a short and then a long while, alike for a number that
 * does not exist.
 */
@SpringBootTest(properties = {"sujarit.complaints.filings-per-hour=100000", "sujarit.complaints.lookups-per-10-minutes=100000",
        "sujarit.complaints.friction=true", "sujarit.complaints.pow-bits=10", "sujarit.complaints.no-script-wait=PT2S",
        "sujarit.complaints.guess-delay=PT1S", "sujarit.pow.key=c3VqYXJpdC10ZXN0LWtleS1mb3ItZnJpY3Rpb24tdGVzdHM="})
@AutoConfigureMockMvc
class FrictionTest {

    private static final String KEY = "c3VqYXJpdC10ZXN0LWtleS1mb3ItZnJpY3Rpb24tdGVzdHM=";

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired FilingComplaints filingComplaints;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired ProofOfWork work;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired GuessThrottle throttle;

    @Test
    void aFilingNeedsTheProofOfItsOwnChallengeOnceAndKeepsWhatWasTypedOtherwise() throws Exception {
        Tenant t = fixtures.create();
        Document page = Jsoup.parse(mvc.perform(get("/" + t.organisation().slug() + "/complaints/corruption"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String challenge = page.select("input[name=powChallenge]").attr("value");
        assertThat(page.select("input[name=powChallenge]").attr("data-pow-bits")).isEqualTo("10");
        assertThat(page.select("input[name=powChallenge]").attr("data-pow-preparing")).isEqualTo("กำลังเตรียมแบบฟอร์ม…");
        assertThat(page.select("[data-pow-status][role=status][aria-live=polite]")).hasSize(1);
        assertThat(page.select("script:not([src])")).isEmpty();

        String subject = "เรียกรับเงิน " + t.marker();
        String missing = refused(filing(t, subject, null, null), "แบบฟอร์มนี้หมดอายุหรือไม่สมบูรณ์");
        assertThat(Jsoup.parse(missing).select("#subject").attr("value")).isEqualTo(subject);
        assertThat(Jsoup.parse(missing).select("input[name=powChallenge]").attr("value")).isNotBlank().isNotEqualTo(challenge);
        String forged = challenge.replace(".10.", ".1.");
        refused(filing(t, subject, forged, "0"), "แบบฟอร์มนี้หมดอายุหรือไม่สมบูรณ์");
        String wrong = refused(filing(t, subject, challenge, Counters.notSolving(work, challenge)), "ตรวจสอบแบบฟอร์มไม่ผ่าน");
        assertThat(Jsoup.parse(wrong).select("#description").text()).isEqualTo("รายละเอียด " + subject);

        String counter = Counters.solving(work, challenge);
        String receipt = mvc.perform(filing(t, subject, challenge, counter)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(receipt).contains(t.marker().toUpperCase().substring(0, 8) + "-");
        refused(filing(t, subject, challenge, counter), "แบบฟอร์มนี้ถูกส่งไปแล้วครั้งหนึ่ง");
        assertThat(jdbc.sql("select count(*) from complaint_case where tenant_id = ?").param(t.id().value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void withoutScriptAFormSentBeforeTheWaitComesBackAtOnceWithItsChallengeAndIsTakenAfterIt() throws Exception {
        Tenant t = fixtures.create();
        String challenge = challengeOf("/" + t.organisation().slug() + "/complaints/general");
        long started = System.nanoTime();
        String early = mvc.perform(filingGeneral(t, challenge)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        // No request thread waits the time out: the answer comes at once.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
        Document form = Jsoup.parse(early);
        assertThat(form.select(".problem[role=alert]").text()).contains("ส่งเร็วเกินไปสำหรับเบราว์เซอร์ที่ปิดสคริปต์ไว้")
                .as("the seconds still to wait (of the 2 s set here)").containsPattern("โปรดรออีกประมาณ [๑๒] วินาที");
        assertThat(form.select("input[name=powChallenge]").attr("value")).as("the same challenge, still unspent").isEqualTo(challenge);
        assertThat(form.select("#subject").attr("value")).isEqualTo("ไฟดับ");
        assertThat(cases(t)).isZero();

        Thread.sleep(2100);
        mvc.perform(filingGeneral(t, challenge)).andExpect(status().isOk());
        assertThat(cases(t)).isEqualTo(1);
        // A form that has been open longer than the wait is taken at once, and only once.
        String older = challengeOf("/" + t.organisation().slug() + "/complaints/general");
        Thread.sleep(2100);
        mvc.perform(filingGeneral(t, older)).andExpect(status().isOk());
        mvc.perform(filingGeneral(t, older)).andExpect(status().isUnprocessableContent());
        assertThat(cases(t)).isEqualTo(2);
    }

    private int cases(Tenant t) {
        return jdbc.sql("select count(*) from complaint_case where tenant_id = ?").param(t.id().value()).query(Integer.class).single();
    }

    @Test
    void aChallengeSpentOnOneInstanceIsRefusedOnAnother() {
        ProofOfWork one = new ProofOfWork(jdbc, clock, KEY, 10);
        ProofOfWork other = new ProofOfWork(jdbc, clock, KEY, 10);
        String token = one.issue().token();
        assertThat(other.read(token)).isNotNull();
        assertThat(one.spend(one.read(token))).isTrue();
        assertThat(other.spend(other.read(token))).isFalse();
        ProofOfWork stranger = new ProofOfWork(jdbc, clock, "", 10);
        assertThat(stranger.read(token)).isNull();
    }

    @Test
    void lookUpsNeedTheProofAndWrongGuessesSlowDownThenLockAlikeForACaseAndForNoCase() throws Exception {
        Tenant t = fixtures.create();
        Filed filed = filingComplaints.file(t.id(), new Filing(Channel.GENERAL,
                complaintSettings.activeCategories(t.id(), Channel.GENERAL).get(0).id(), "ไฟดับ", "ไฟดับทั้งซอย", null, null, null,
                null, null, null, null, null, true, Contact.NONE, false, Source.WEB, List.of()), null);
        String slug = t.organisation().slug();
        String wrongSecret = CaseSecret.generate();
        String noCase = filed.number().substring(0, filed.number().length() - 4) + "9999";

        String withoutProof = mvc.perform(post("/" + slug + "/complaints/track").with(csrf()).param("number", filed.number())
                .param("secret", filed.secret())).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(withoutProof).select("#number").attr("value")).isEqualTo(filed.number());

        // Two wrong guesses are free; the third locks the number 1 s, the fourth 2 s, the fifth 15 minutes. (A
        // second, not less: the next guess needs a challenge page, a proof of work and a hash first, which on a
        // loaded machine took longer than a shorter lock, and the guess "during the lock" came after it.)
        // A number that was never issued goes through the same steps, answer for answer.
        for (String number : List.of(filed.number(), noCase)) {
            assertThat(track(slug, number, wrongSecret).getStatus()).isEqualTo(404);
            assertThat(track(slug, number, wrongSecret).getStatus()).isEqualTo(404);
            assertThat(track(slug, number, wrongSecret).getStatus()).isEqualTo(404);
            org.springframework.mock.web.MockHttpServletResponse waiting = track(slug, number, wrongSecret);
            assertThat(waiting.getStatus()).as("a guess during the lock").isEqualTo(429);
            assertThat(Jsoup.parse(waiting.getContentAsString()).select(".problem[role=alert]").text())
                    .contains("โปรดลองใหม่ในอีก ๑ นาที");
            Thread.sleep(1050);
            assertThat(track(slug, number, wrongSecret).getStatus()).isEqualTo(404);
            assertThat(track(slug, number, wrongSecret).getStatus()).isEqualTo(429);
            Thread.sleep(2050);
            assertThat(track(slug, number, wrongSecret).getStatus()).isEqualTo(404);
            Thread.sleep(2050);
            assertThat(track(slug, number, wrongSecret).getStatus()).as("locked for 15 minutes").isEqualTo(429);
        }
        // Locked: even the right secret is refused for now, and it is not checked.
        assertThat(track(slug, filed.number(), filed.secret()).getStatus()).isEqualTo(429);
        assertThat(jdbc.sql("select count(*) from guess_throttle where scope = 'case-look-up' and locked_until > now() + interval '14 minutes'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(2);
        jdbc.sql("update guess_throttle set locked_until = now() - interval '1 second' where scope = 'case-look-up'").update();
        assertThat(track(slug, filed.number(), filed.secret()).getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from guess_throttle where scope = 'case-look-up' and subject = ?")
                .param(throttle.key(new Policy("case-look-up", 2, List.of(Duration.ZERO)), t.id().value() + ":" + filed.number()))
                .query(Integer.class).single()).as("a right secret clears the count").isZero();
    }

    private org.springframework.mock.web.MockHttpServletResponse track(String slug, String number, String secret)
            throws Exception {
        String challenge = challengeOf("/" + slug + "/complaints/track");
        return mvc.perform(post("/" + slug + "/complaints/track").with(csrf()).param("number", number).param("secret", secret)
                .param("powChallenge", challenge).param("powCounter", Counters.solving(work, challenge))).andReturn().getResponse();
    }

    private String challengeOf(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .select("input[name=powChallenge]").attr("value");
    }

    private String refused(MockHttpServletRequestBuilder request, String message) throws Exception {
        String html = mvc.perform(request).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select(".problem[role=alert]").text()).contains(message);
        return html;
    }

    private MockHttpServletRequestBuilder filing(Tenant t, String subject, String challenge, String counter) {
        MockHttpServletRequestBuilder request = post("/" + t.organisation().slug() + "/complaints/corruption").with(csrf())
                .param("categoryId", complaintSettings.activeCategories(t.id(), Channel.CORRUPTION).get(0).id().toString())
                .param("subject", subject).param("description", "รายละเอียด " + subject).param("anonymous", "true");
        if (challenge != null) {
            request.param("powChallenge", challenge);
        }
        if (counter != null) {
            request.param("powCounter", counter);
        }
        return request;
    }

    private MockHttpServletRequestBuilder filingGeneral(Tenant t, String challenge) {
        return post("/" + t.organisation().slug() + "/complaints/general").with(csrf())
                .param("categoryId", complaintSettings.activeCategories(t.id(), Channel.GENERAL).get(0).id().toString())
                .param("subject", "ไฟดับ").param("description", "ไฟดับทั้งซอย").param("anonymous", "true")
                .param("powChallenge", challenge);
    }


}

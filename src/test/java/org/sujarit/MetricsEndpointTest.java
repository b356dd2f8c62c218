package org.sujarit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.sujarit.complaint.CaseSecret;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.staff.Role;
import org.sujarit.support.Http;
import org.sujarit.support.Scrape;
import org.sujarit.support.SecondFactors;
import org.sujarit.support.ServerTest;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * {@code /actuator/prometheus} on a real server and the shared PostgreSQL, read as a Prometheus
 * server reads it: only the scraper with the configured token and a signed-in platform admin get
 * the measures; what a citizen and staff do moves them — a filing, a lock after wrong secrets, a
 * document made, a case overdue — and no label names a tenant or a case.
 */
@ServerTest
@TestPropertySource(properties = {"sujarit.metrics.token=" + MetricsEndpointTest.TOKEN,
        "sujarit.metrics.overdue-refresh=PT0.2S", "sujarit.complaints.friction=false",
        "sujarit.complaints.filings-per-hour=100000", "sujarit.complaints.lookups-per-10-minutes=100000"})
class MetricsEndpointTest {

    static final String TOKEN = "scraper-token-of-the-metrics-endpoint-test-2569";
    private static final String DEMO_PASSWORD = "sujarit-demo-2569";

    @LocalServerPort int port;
    @Autowired TenantFixture fixtures;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired JdbcClient jdbc;

    @Test
    void onlyTheScraperWithTheTokenAndThePlatformAdminReadTheMeasures() throws Exception {
        HttpResponse<String> anonymous = Scrape.request(new Http(port), port);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(anonymous.headers().allValues("Set-Cookie")).as("a refusal starts no session").isEmpty();
        assertThat(anonymous.body()).doesNotContain("sujarit_");
        for (String wrong : List.of("Bearer " + TOKEN.substring(1), "Bearer " + TOKEN + "x", "Bearer ", "Basic " + TOKEN, TOKEN)) {
            HttpResponse<String> refused = Scrape.request(new Http(port), port, "Authorization", wrong);
            assertThat(refused.statusCode()).as(wrong).isEqualTo(401);
            assertThat(refused.body()).doesNotContain("sujarit_");
        }

        Tenant t = fixtures.create();
        List<String> refusedAccounts = List.of(t.username(Role.TENANT_ADMIN), t.username(Role.INTEGRITY_OFFICER),
                t.username(Role.IDENTITY_CUSTODIAN), "oversight.nacc");
        for (String account : refusedAccounts) {
            Http signedIn = new Http(port);
            signedIn.signIn(account, account.startsWith("oversight.") ? DEMO_PASSWORD : TenantFixture.PASSWORD);
            if (account.equals(t.username(Role.IDENTITY_CUSTODIAN))) {
                signedIn.secondFactor(SecondFactors.nextCode(jdbc, account));
            }
            assertThat(signedIn.get("/console/me").statusCode()).as("%s is signed in", account).isIn(200, 403);
            HttpResponse<String> refused = Scrape.request(signedIn, port);
            assertThat(refused.statusCode()).as(account).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("sujarit_");
        }

        HttpResponse<String> scraper = Scrape.request(new Http(port), port, "Authorization", "Bearer " + TOKEN);
        assertThat(scraper.statusCode()).isEqualTo(200);
        assertThat(scraper.headers().allValues("Set-Cookie")).as("a scrape starts no session").isEmpty();
        Scrape measures = new Scrape(scraper.body());
        for (String name : List.of("sujarit_complaints_filed_total", "sujarit_complaints_overdue", "sujarit_digests_sent_total",
                "sujarit_digests_failed_total", "jvm_memory_used_bytes", "jvm_gc_pause_seconds_count", "process_cpu_usage",
                "hikaricp_connections_active", "http_server_requests_seconds_count")) {
            assertThat(measures.has(name)).as(name).isTrue();
        }
        assertThat(measures.value("sujarit_complaints_filed_total", "channel", "corruption", "source", "web")).isNotNegative();

        Http admin = new Http(port);
        admin.signIn("platform.admin", DEMO_PASSWORD);
        assertThat(Scrape.request(admin, port).statusCode()).as("the platform admin without the second factor").isEqualTo(403);
        admin.secondFactor(SecondFactors.nextCode(jdbc, "platform.admin"));
        HttpResponse<String> platformAdmin = Scrape.request(admin, port);
        assertThat(platformAdmin.statusCode()).isEqualTo(200);
        assertThat(new Scrape(platformAdmin.body()).has("sujarit_complaints_filed_total")).isTrue();
    }

    @Test
    void aFilingCountsOnceForItsChannelAndTheWayItCameIn() throws Exception {
        Tenant t = fixtures.create();
        Scrape before = scrape();

        file(t, Channel.GENERAL);

        Scrape after = scrape();
        assertThat(after.value("sujarit_complaints_filed_total", "channel", "general", "source", "web"))
                .isEqualTo(before.value("sujarit_complaints_filed_total", "channel", "general", "source", "web") + 1);
        assertThat(after.value("sujarit_complaints_filed_total", "channel", "corruption", "source", "web"))
                .isEqualTo(before.value("sujarit_complaints_filed_total", "channel", "corruption", "source", "web"));
        assertThat(after.value("sujarit_complaints_filed_total", "channel", "general", "source", "phone"))
                .isEqualTo(before.value("sujarit_complaints_filed_total", "channel", "general", "source", "phone"));
    }

    /** Two wrong secrets at a case number are free, the third locks it: one lock, of the look-up's scope. */
    @Test
    void theThirdWrongSecretAtACaseNumberCountsOneLock() throws Exception {
        Tenant t = fixtures.create();
        String number = file(t, Channel.CORRUPTION);
        Http guesser = new Http(port);
        String track = "/" + t.organisation().slug() + "/complaints/track";
        double locks = scrape().value("sujarit_guess_locks_total", "scope", "case-look-up");

        for (int guess = 1; guess <= 3; guess++) {
            String form = guesser.get(track).body();
            guesser.post(track, Map.of("_csrf", Http.csrfToken(form), "number", number, "secret", CaseSecret.generate()));
            double expected = guess < 3 ? locks : locks + 1;
            assertThat(scrape().value("sujarit_guess_locks_total", "scope", "case-look-up")).as("after guess %d", guess)
                    .isEqualTo(expected);
        }
    }

    @Test
    void theTimeToMakeADocumentIsRecordedByItsFormat() throws Exception {
        Http officer = new Http(port);
        officer.signIn("bantom.integrity", DEMO_PASSWORD);
        Map<String, String> documents = Map.of("pdf", "/console/complaints/statistics/report.pdf",
                "docx", "/console/plan/documents/plan.docx", "xlsx", "/console/complaints/statistics.xlsx");
        for (Map.Entry<String, String> document : documents.entrySet()) {
            String format = document.getKey();
            Scrape before = scrape();

            assertThat(officer.get(document.getValue()).statusCode()).as(format).isEqualTo(200);

            Scrape after = scrape();
            assertThat(after.value("sujarit_documents_render_seconds_count", "format", format)).as(format)
                    .isEqualTo(before.value("sujarit_documents_render_seconds_count", "format", format) + 1);
            assertThat(after.value("sujarit_documents_render_seconds_sum", "format", format)).as(format)
                    .isGreaterThan(before.value("sujarit_documents_render_seconds_sum", "format", format));
            assertThat(after.value("sujarit_documents_render_seconds_bucket", "format", format, "le", "+Inf"))
                    .as("%s: the buckets for percentiles", format)
                    .isEqualTo(after.value("sujarit_documents_render_seconds_count", "format", format));
            assertThat(after.value("sujarit_documents_render_seconds_bucket", "format", format, "le", "30.0"))
                    .as(format).isPositive();
        }
    }

    /** A case whose deadline passed unmet is counted overdue, in its channel, within the refresh time. */
    @Test
    void aCaseWhoseDeadlinePassedIsCountedOverdue() throws Exception {
        Tenant t = fixtures.create();
        String number = file(t, Channel.GENERAL);
        UUID caseId = jdbc.sql("select id from complaint_case where tenant_id = ? and number = ?")
                .params(t.id().value(), number).query(UUID.class).single();
        double overdue = settled().value("sujarit_complaints_overdue", "channel", "general");

        jdbc.sql("update complaint_deadline set due_at = now() - interval '1 hour' where tenant_id = ? and case_id = ? and kind = 'ACTION'")
                .params(t.id().value(), caseId).update();

        Instant deadline = Instant.now().plusSeconds(10);
        while (scrape().value("sujarit_complaints_overdue", "channel", "general") < overdue + 1
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(scrape().value("sujarit_complaints_overdue", "channel", "general")).isGreaterThanOrEqualTo(overdue + 1);
    }

    /** Whatever happened before, the measures name no tenant, no person and no case. */
    @Test
    void noLabelNamesATenantOrACase() throws Exception {
        Tenant t = fixtures.create();
        String number = file(t, Channel.CORRUPTION);
        String text = scrape().text();
        assertThat(text).doesNotContain(t.organisation().slug(), t.marker(), number, "bantom", t.id().value().toString())
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    /** Files an anonymous complaint through the citizen's form; its case number. */
    private String file(Tenant t, Channel channel) throws Exception {
        Http citizen = new Http(port);
        String path = "/" + t.organisation().slug() + "/complaints/" + channel.path();
        String form = citizen.get(path).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", Http.csrfToken(form));
        fields.put("categoryId", complaintSettings.activeCategories(t.id(), channel).get(0).id().toString());
        fields.put("subject", "ถนนพัง " + t.marker());
        fields.put("description", "ถนนหน้าตลาดเป็นหลุมลึก");
        fields.put("anonymous", "true");
        HttpResponse<String> receipt = citizen.multipart(path, fields, List.of());
        assertThat(receipt.statusCode()).isEqualTo(200);
        return Jsoup.parse(receipt.body()).select(".case-number").text();
    }

    private Scrape scrape() throws Exception {
        HttpResponse<String> answer = Scrape.request(new Http(port), port, "Authorization", "Bearer " + TOKEN);
        assertThat(answer.statusCode()).isEqualTo(200);
        return new Scrape(answer.body());
    }

    /** A scrape after the overdue count's refresh time, so that it reads a fresh count. */
    private Scrape settled() throws Exception {
        scrape();
        Thread.sleep(500);
        scrape();
        Thread.sleep(300);
        return scrape();
    }
}

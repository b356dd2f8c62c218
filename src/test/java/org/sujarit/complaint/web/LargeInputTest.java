package org.sujarit.complaint.web;

import org.sujarit.infrastructure.guard.ProofOfWork;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.sujarit.complaint.FilingComplaints;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Filing;
import org.sujarit.complaint.Source;
import org.sujarit.staff.Role;
import org.sujarit.support.Http;
import org.sujarit.support.Http.FilePart;
import org.sujarit.support.Photos;
import org.sujarit.support.ServerTest;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * What an anonymous visitor (or a careless officer) can send that is far larger than any form asks
 * for, through real Tomcat: a text of 100,000 characters is answered within a second; a body larger
 * than any form carries ends on the application's own page in Thai, never on the container's; a
 * photo too large comes back as the same form with what was typed and a message. The proof of work
 * is on, as in production, with an easy difficulty.
 */
@ServerTest
@TestPropertySource(properties = {"sujarit.complaints.filings-per-hour=100000", "sujarit.complaints.lookups-per-10-minutes=100000",
        "sujarit.complaints.friction=true", "sujarit.complaints.pow-bits=8"})
class LargeInputTest {

    private static final int HUNDRED_THOUSAND = 100_000;

    @LocalServerPort int port;
    @Autowired TenantFixture fixtures;
    @Autowired FilingComplaints filingComplaints;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired ProofOfWork work;
    @Autowired JdbcClient jdbc;

    @Test
    void aHundredThousandCharactersOfAnyShapeAreAnsweredWithinASecond() throws Exception {
        Tenant t = fixtures.create();
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("letters without spaces", "a".repeat(HUNDRED_THOUSAND));
        shapes.put("Thai letters without spaces", "ก".repeat(HUNDRED_THOUSAND));
        shapes.put("digits only", "1".repeat(HUNDRED_THOUSAND));
        shapes.put("'@'-heavy", "a@".repeat(HUNDRED_THOUSAND / 2));
        shapes.put("an address without end", "a@" + "b.".repeat(HUNDRED_THOUSAND / 2 - 1));
        shapes.put("digits and separators", "1-".repeat(HUNDRED_THOUSAND / 2));
        Http citizen = new Http(port);
        // Once untimed, as a running server has served such requests before: the first one of a fresh server
        // also pays for loading and compiling what every request of its kind needs.
        send(citizen, t, "warm-up", "x".repeat(HUNDRED_THOUSAND), Duration.ofMinutes(1));
        for (Map.Entry<String, String> shape : shapes.entrySet()) {
            send(citizen, t, shape.getKey(), shape.getValue(), Duration.ofSeconds(1));
        }
        assertThat(cases(t)).isZero();
    }

    /** The text as a complaint's description (with an unsolved, then a solved proof of work), as a look-up and to Open311. */
    private void send(Http citizen, Tenant t, String shape, String text, Duration within) throws Exception {
        String slug = t.organisation().slug();
        String form = citizen.get("/" + slug + "/complaints/general").body();
        String challenge = challengeOf(form);
        for (String counter : List.of(Counters.notSolving(work, challenge), Counters.solving(work, challenge))) {
            Map<String, String> fields = filing(t, form, "ถนนพัง " + t.marker(), text);
            fields.put("powChallenge", challenge);
            fields.put("powCounter", counter);
            long started = System.nanoTime();
            HttpResponse<String> answer = citizen.multipart("/" + slug + "/complaints/general", fields, List.of());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answer to a description of 100,000 %s", shape)
                    .isLessThan(within);
            assertThat(answer.statusCode()).as(shape).isEqualTo(422);
            assertThat(Jsoup.parse(answer.body()).select("#subject").val()).isEqualTo("ถนนพัง " + t.marker());
        }

        String track = citizen.get("/" + slug + "/complaints/track").body();
        String lookUp = challengeOf(track);
        long started = System.nanoTime();
        HttpResponse<String> answer = citizen.post("/" + slug + "/complaints/track", Map.of("_csrf", Http.csrfToken(track),
                "number", text, "secret", text, "powChallenge", lookUp, "powCounter", Counters.solving(work, lookUp)));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("look-up of 100,000 %s", shape).isLessThan(within);
        assertThat(answer.statusCode()).as(shape).isEqualTo(422);

        started = System.nanoTime();
        answer = citizen.post("/open311/v2/" + slug + "/requests.json", Map.of("service_code", "x", "lat", "19.1", "long",
                "99.9", "description", text), "Accept", "application/json");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("Open311 request of 100,000 %s", shape).isLessThan(within);
        assertThat(answer.statusCode()).as(shape).isEqualTo(400);
    }

    @Test
    void aDescriptionOfFiveMegabytesEndsOnTheApplicationsOwnPageInThai() throws Exception {
        Tenant t = fixtures.create();
        Http citizen = new Http(port);
        String form = citizen.get("/" + t.organisation().slug() + "/complaints/general").body();
        Map<String, String> fields = filing(t, form, "ถนนพัง " + t.marker(), "ก".repeat(5 * 1024 * 1024 / 3));
        HttpResponse<String> answer = citizen.multipart("/" + t.organisation().slug() + "/complaints/general", fields, List.of());
        assertApplicationsOwnPageInThai(answer, 413);
        assertThat(cases(t)).isZero();
    }

    @Test
    void aPhotoOfThirteenOrFiftyMegabytesComesBackAsTheSameFormWithTheTextKept() throws Exception {
        Tenant t = fixtures.create();
        String slug = t.organisation().slug();
        Http citizen = new Http(port);
        for (int megabytes : List.of(13, 50)) {
            String form = citizen.get("/" + slug + "/complaints/general").body();
            String challenge = challengeOf(form);
            Map<String, String> fields = filing(t, form, "ท่อแตก " + megabytes + " " + t.marker(), "น้ำไหลนองถนนทั้งวัน");
            fields.put("powChallenge", challenge);
            fields.put("powCounter", Counters.solving(work, challenge));
            HttpResponse<String> answer = citizen.multipart("/" + slug + "/complaints/general", fields,
                    List.of(new FilePart("files", "ท่อแตก.jpg", "image/jpeg", photoOf(megabytes))));
            assertThat(answer.statusCode()).as("%d MB", megabytes).isEqualTo(422);
            Document page = Jsoup.parse(answer.body());
            assertThat(page.select("html").attr("lang")).isEqualTo("th");
            assertThat(page.select("#subject").val()).isEqualTo("ท่อแตก " + megabytes + " " + t.marker());
            assertThat(page.select("#description").text()).isEqualTo("น้ำไหลนองถนนทั้งวัน");
            assertThat(page.select(".form-errors").text()).as("%d MB", megabytes).contains("ไฟล์ใหญ่เกิน ๑๐ MB");
            assertThat(page.select(".problem").text()).contains("โปรดเลือกไฟล์อีกครั้ง");
        }
        assertThat(cases(t)).isZero();
    }

    /** Over 60 MB no form of the application is read; what is left of the body is read and thrown away, so the page arrives. */
    @Test
    void aBodyLargerThanAnyFormEndsOnTheApplicationsOwnPageInThai() throws Exception {
        Tenant t = fixtures.create();
        Http citizen = new Http(port);
        String form = citizen.get("/" + t.organisation().slug() + "/complaints/general").body();
        HttpResponse<String> answer = citizen.multipart("/" + t.organisation().slug() + "/complaints/general",
                filing(t, form, "ท่อแตก " + t.marker(), "น้ำไหลนองถนน"),
                List.of(new FilePart("files", "วิดีโอ.jpg", "image/jpeg", photoOf(70))));
        assertApplicationsOwnPageInThai(answer, 413);
        assertThat(cases(t)).isZero();
    }

    @Test
    void aStaffNoteOfThreeMegabytesEndsOnTheApplicationsOwnPageInThai() throws Exception {
        Tenant t = fixtures.create();
        UUID caseId = filingComplaints.file(t.id(), new Filing(Channel.GENERAL,
                complaintSettings.activeCategories(t.id(), Channel.GENERAL).get(0).id(), "ไฟดับ " + t.marker(), "ไฟดับทั้งซอย", null,
                null, null, null, null, null, null, null, true, Contact.NONE, false, Source.WEB, List.of()), null).caseId();
        Http officer = new Http(port);
        officer.signIn(t.username(Role.INTEGRITY_OFFICER), TenantFixture.PASSWORD);
        HttpResponse<String> casePage = officer.get("/console/complaints/" + caseId);
        assertThat(casePage.statusCode()).isEqualTo(200);
        HttpResponse<String> answer = officer.multipart("/console/complaints/" + caseId + "/note",
                Map.of("_csrf", Http.csrfToken(casePage.body()), "text", "บันทึก".repeat(3 * 1024 * 1024 / 18)), List.of());
        assertApplicationsOwnPageInThai(answer, 413);
        assertThat(jdbc.sql("select count(*) from complaint_event where tenant_id = ? and case_id = ? and kind = 'NOTE'")
                .params(t.id().value(), caseId).query(Integer.class).single()).isZero();
    }

    private static void assertApplicationsOwnPageInThai(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).isEqualTo(status);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("th");
        assertThat(page.select(".error-page").text()).contains("ใหญ่เกิน").contains("MB");
        assertThat(answer.body()).doesNotContain("Apache Tomcat", "Payload Too Large", "Exception");
    }

    private Map<String, String> filing(Tenant t, String form, String subject, String description) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", Http.csrfToken(form));
        fields.put("categoryId", complaintSettings.activeCategories(t.id(), Channel.GENERAL).get(0).id().toString());
        fields.put("subject", subject);
        fields.put("description", description);
        fields.put("anonymous", "true");
        return fields;
    }

    private static String challengeOf(String page) {
        return Jsoup.parse(page).select("input[name=powChallenge]").attr("value");
    }

    /** A phone's photo of this many megabytes: a real JPEG, padded. */
    private static byte[] photoOf(int megabytes) {
        byte[] jpeg = Photos.jpeg(64, 48);
        return Arrays.copyOf(jpeg, megabytes * 1024 * 1024);
    }

    private int cases(Tenant t) {
        return jdbc.sql("select count(*) from complaint_case where tenant_id = ?").param(t.id().value()).query(Integer.class)
                .single();
    }


}

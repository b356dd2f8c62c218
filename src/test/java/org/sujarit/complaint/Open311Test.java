package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.complaint.CaseView.Category;
import org.sujarit.complaint.FilingComplaints.Filed;
import org.sujarit.complaint.FollowingCases.LookupResult;
import org.sujarit.staff.Role;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * Open311 GeoReport v2 as another application uses it: discovery, the general channel's services,
 * filing without a session or CSRF token, the public list and single requests with the standard
 * filters — showing status, the unit, the 15-day deadline and the latest reply, and nothing of the
 * complainant, the internal notes or the corruption channel — and errors in the specification's shape.
 */
@WebTest
class Open311Test {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired FilingComplaints filingComplaints;
    @Autowired HandlingCases handlingCases;
    @Autowired FollowingCases followingCases;
    @Autowired Cases complaintCases;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired ComplaintHistory history;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void discoveryNamesTheEndpointAndItsOneFormat() throws Exception {
        Tenant t = fixtures.create();
        String body = ok(get(base(t) + "/discovery.json"));
        assertThat(JsonPath.<String>read(body, "$.endpoints[0].url")).endsWith("/open311/v2/" + t.organisation().slug());
        assertThat(JsonPath.<String>read(body, "$.endpoints[0].specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(JsonPath.<List<String>>read(body, "$.endpoints[0].formats")).containsExactly("application/json");
        assertThat(JsonPath.<String>read(body, "$.contact")).contains(t.organisation().nameTh());
    }

    @Test
    void theServicesAreTheActiveCategoriesOfTheGeneralChannelOnly() throws Exception {
        Tenant t = fixtures.create();
        Category waste = complaintSettings.activeCategories(t.id(), Channel.GENERAL).stream()
                .filter(c -> c.code().equals("waste")).findFirst().orElseThrow();
        complaintSettings.saveCategory(t.id(), new Category(waste.id(), waste.channel(), waste.code(), waste.nameTh(), waste.nameEn(),
                null, null, null, waste.position(), false));

        String body = ok(get(base(t) + "/services.json"));
        List<String> codes = JsonPath.read(body, "$[*].service_code");
        assertThat(codes).contains("roads", "lighting", "health").doesNotContain("waste", "bribery", "procurement");
        assertThat(JsonPath.<List<String>>read(body, "$[?(@.service_code == 'roads')].service_name"))
                .containsExactly("ถนน ทางเท้า สะพาน ท่อระบายน้ำ");
        assertThat(JsonPath.<List<Boolean>>read(body, "$[*].metadata")).containsOnly(false);
        String english = ok(get(base(t) + "/services.json").param("lang", "en"));
        assertThat(JsonPath.<List<String>>read(english, "$[?(@.service_code == 'roads')].service_name"))
                .containsExactly("Roads, pavements, bridges, drains");

        assertThat(ok(get(base(t) + "/services/roads.json"))).isEqualTo("{\"service_code\":\"roads\",\"attributes\":[]}");
        error(get(base(t) + "/services/bribery.json"), 404);
        error(get(base(t) + "/services/waste.json"), 404);
        error(get("/open311/v2/nosuchtown/services.json"), 404);
        error(get(base(t) + "/services.xml"), 404);
        // A browser (or a client that asks for HTML) still gets the specification's JSON error, not a 500.
        error(get(base(t) + "/services/bribery.json").accept(MediaType.TEXT_HTML), 404);
        error(get(base(t) + "/nothing-here").accept(MediaType.TEXT_HTML), 404);
        error(post(base(t) + "/requests.json").accept(MediaType.TEXT_HTML), 400);
    }

    @Test
    void anApplicationFilesARequestWithoutSessionOrCsrfTokenAndTheCitizenCanFollowIt() throws Exception {
        Tenant t = fixtures.create();
        MvcResult result = mvc.perform(post(base(t) + "/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("service_code", "lighting").param("lat", "19.135210").param("long", "99.879140")
                        .param("address_string", "หน้าศาลาอเนกประสงค์ หมู่ 3")
                        .param("description", "ไฟส่องสว่างหน้าศาลาดับ 3 ต้น\nดับมาตั้งแต่สัปดาห์ก่อน กลางคืนมืดมาก")
                        .param("first_name", "มาลี").param("last_name", "ใจงาม").param("email", "malee@example.org")
                        .param("phone", "080 000 0103").param("api_key", "ignored").param("media_url", "https://example.org/a.jpg"))
                .andReturn();
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(response.getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SUJARIT_SESSION"));
        String body = response.getContentAsString();
        String number = JsonPath.read(body, "$[0].service_request_id");
        String notice = JsonPath.read(body, "$[0].service_notice");
        assertThat(number).matches("[A-Z0-9]+-\\d{4}-\\d{4}");
        assertThat(notice).contains(number, "/" + t.organisation().slug() + "/complaints/track", "15 วัน", "media_url");
        Matcher secret = Pattern.compile("\\d{4} \\d{4} \\d{4} \\d{4}").matcher(notice);
        assertThat(secret.find()).isTrue();
        assertThat(JsonPath.<Object>read(body, "$[0].account_id")).isNull();

        CaseView c = complaintCases.findByNumber(t.id(), number).orElseThrow();
        assertThat(c.source()).isEqualTo(Source.OPEN311);
        assertThat(c.channel()).isEqualTo(Channel.GENERAL);
        assertThat(c.category().code()).isEqualTo("lighting");
        assertThat(c.subject()).isEqualTo("ไฟส่องสว่างหน้าศาลาดับ 3 ต้น");
        assertThat(c.description()).contains("กลางคืนมืดมาก");
        assertThat(c.place()).isEqualTo("หน้าศาลาอเนกประสงค์ หมู่ 3");
        assertThat(c.latitude()).isEqualByComparingTo("19.135210");
        assertThat(c.contact()).isEqualTo(new CaseView.Contact("มาลี ใจงาม", "080 000 0103", "malee@example.org", null));
        assertThat(c.notifyByEmail()).isTrue();
        assertThat(followingCases.lookUp(t.id(), number, secret.group()).result()).isEqualTo(LookupResult.FOUND);
        assertThat(followingCases.lookUp(t.id(), number, "0000 0000 0000 0000").result()).isEqualTo(LookupResult.NOT_FOUND);
    }

    @Test
    void aLongFirstLineIsCutForTheSubjectAndARequestWithoutANameIsAnonymous() throws Exception {
        Tenant t = fixtures.create();
        String line = "ถนนลูกรังหน้าบ้านเป็นหลุมบ่อ ".repeat(6).strip();
        String body = created(post(base(t) + "/requests.json").param("service_code", "roads").param("address_string", "หมู่ 2")
                .param("description", line));
        CaseView c = complaintCases.findByNumber(t.id(), JsonPath.read(body, "$[0].service_request_id")).orElseThrow();
        assertThat(c.subject()).hasSize(80).endsWith("…").startsWith(line.substring(0, 79));
        assertThat(c.description()).isEqualTo(line);
        assertThat(c.anonymous()).isTrue();
        assertThat(c.contact().isEmpty()).isTrue();
        assertThat(c.latitude()).isNull();
    }

    @Test
    void theCitizensPageShowsTheTextOfARequestOnce() throws Exception {
        Tenant t = fixtures.create();
        String oneLine = "ฝาท่อระบายน้ำหน้าโรงเรียนแตก " + t.marker();
        String page = citizensPage(t, created(post(base(t) + "/requests.json").param("service_code", "roads")
                .param("address_string", "หมู่ 4").param("description", oneLine)));
        assertThat(page.split(java.util.regex.Pattern.quote(oneLine), -1)).as(page).hasSize(2);

        String firstLine = "ไฟส่องสว่างหน้าศาลาดับ " + t.marker();
        String twoLines = firstLine + "\nดับมาตั้งแต่สัปดาห์ก่อน กลางคืนมืดมาก";
        String longer = citizensPage(t, created(post(base(t) + "/requests.json").param("service_code", "lighting")
                .param("address_string", "หมู่ 3").param("description", twoLines)));
        assertThat(longer.split(java.util.regex.Pattern.quote(firstLine), -1)).as(longer).hasSize(2);
        assertThat(longer).contains("กลางคืนมืดมาก");
    }

    /** The text of the case's page as the citizen sees it, signed in with the number and secret Open311 answered. */
    private String citizensPage(Tenant t, String created) throws Exception {
        String number = JsonPath.read(created, "$[0].service_request_id");
        Matcher secret = Pattern.compile("\\d{4} \\d{4} \\d{4} \\d{4}").matcher(JsonPath.<String>read(created, "$[0].service_notice"));
        assertThat(secret.find()).isTrue();
        MvcResult opened = mvc.perform(post("/" + t.organisation().slug() + "/complaints/track")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("number", number).param("secret", secret.group()))
                .andReturn();
        assertThat(opened.getResponse().getRedirectedUrl()).endsWith("/complaints/track/" + number);
        String html = mvc.perform(get(opened.getResponse().getRedirectedUrl()).cookie(org.sujarit.support.Sessions.cookieOf(opened)))
                .andReturn().getResponse().getContentAsString();
        return org.jsoup.Jsoup.parse(html).select("main").text();
    }

    @Test
    void aBadRequestIsRefusedInTheSpecificationsShapeAndFilesNothing() throws Exception {
        Tenant t = fixtures.create();
        Map<String, String> good = Map.of("service_code", "roads", "address_string", "หมู่ 3", "description", "ถนนเป็นหลุม");
        assertThat(refused(t, good, Map.of("service_code", ""), 400)).contains("service_code");
        assertThat(refused(t, good, Map.of("service_code", "bribery"), 404)).contains("service_code");
        assertThat(refused(t, good, Map.of("address_string", ""), 400)).contains("lat", "address_string");
        assertThat(refused(t, good, Map.of("lat", "19.1"), 400)).contains("lat");
        assertThat(refused(t, good, Map.of("lat", "91", "long", "99.8"), 400)).contains("-90");
        assertThat(refused(t, good, Map.of("lat", "north", "long", "99.8"), 400)).contains("-90");
        assertThat(refused(t, good, Map.of("description", " "), 400)).contains("description");
        assertThat(refused(t, good, Map.of("description", "ก".repeat(Filing.TEXT_MAX + 1)), 400)).contains("5,000");
        assertThat(refused(t, good, Map.of("email", "someone@example.org"), 400)).contains("first_name");
        assertThat(refused(t, good, Map.of("first_name", "มาลี"), 400)).contains("อีเมลหรือหมายเลขโทรศัพท์");
        assertThat(refused(t, good, Map.of("first_name", "มาลี", "email", "not-an-address"), 400)).contains("อีเมล");
        assertThat(refused(t, good, Map.of("first_name", "ก".repeat(201), "phone", "080 000 0000"), 400)).contains("200");
        assertThat(jdbc.sql("select count(*) from complaint_case where tenant_id = ?").param(t.id().value())
                .query(Integer.class).single()).isZero();

        String english = mvc.perform(post(base(t) + "/requests.json").param("lang", "en")).andReturn().getResponse()
                .getContentAsString();
        assertThat(english).isEqualTo("[{\"code\":400,\"description\":\"service_code is required.\"}]");
        error(post("/open311/v2/nosuchtown/requests.json").params(form(good)), 404);
    }

    @Test
    void aRequestShowsItsStatusUnitDeadlineAndLatestReplyAndNothingOfTheComplainant() throws Exception {
        Tenant t = fixtures.create();
        String hidden = "ไม่เผยแพร่" + UUID.randomUUID();
        Filed filed = filingComplaints.file(t.id(), SampleFilings.general(complaintSettings, t.id(), "roads")
                .subject("ถนนหน้าบ้านเลขที่ 12 เป็นหลุม โทร 081 234 5678")
                .description("บรรทัดในรายละเอียด " + hidden)
                .place("หมู่ 3", "ซอย 2").point("19.135210", "99.879140")
                .contact("นายทดสอบ " + hidden, "080 000 0199", "hidden@example.org").notices().build(), null);
        UUID officer = t.userId(Role.INTEGRITY_OFFICER);
        handlingCases.move(t.id(), filed.caseId(), CaseStatus.ACKNOWLEDGED, "เหตุผลภายใน-" + hidden, null, null, officer);
        handlingCases.move(t.id(), filed.caseId(), CaseStatus.ACCEPTED, "รับไว้", null, null, officer);
        handlingCases.move(t.id(), filed.caseId(), CaseStatus.ASSIGNED, "ส่งกอง", null, t.division().id().value(), officer);
        handlingCases.reply(t.id(), filed.caseId(), "ตอบครั้งแรก-" + hidden, false, List.of(), officer);
        handlingCases.note(t.id(), filed.caseId(), "บันทึกภายใน-" + hidden, List.of(), officer);
        handlingCases.reply(t.id(), filed.caseId(), "ออกสำรวจแล้ว ติดต่อช่างได้ที่ 080 000 0111", false, List.of(), officer);

        String body = ok(get(base(t) + "/requests/" + filed.number() + ".json"));
        assertThat(JsonPath.<Integer>read(body, "$.length()")).isEqualTo(1);
        assertThat(JsonPath.<String>read(body, "$[0].service_request_id")).isEqualTo(filed.number());
        assertThat(JsonPath.<String>read(body, "$[0].status")).isEqualTo("open");
        assertThat(JsonPath.<String>read(body, "$[0].status_notes")).isEqualTo("ออกสำรวจแล้ว ติดต่อช่างได้ที่ […]");
        assertThat(JsonPath.<String>read(body, "$[0].service_code")).isEqualTo("roads");
        assertThat(JsonPath.<String>read(body, "$[0].agency_responsible")).isEqualTo(t.division().nameTh());
        assertThat(JsonPath.<String>read(body, "$[0].description")).isEqualTo("ถนนหน้าบ้านเลขที่ 12 เป็นหลุม โทร […]");
        assertThat(JsonPath.<String>read(body, "$[0].address")).isEqualTo("หมู่ 3 ซอย 2");
        assertThat(JsonPath.<Double>read(body, "$[0].lat")).isEqualTo(19.13521);
        CaseView c = complaintCases.get(t.id(), filed.caseId());
        Instant due = c.actionDeadline().orElseThrow().dueAt();
        assertThat(OffsetDateTime.parse(JsonPath.read(body, "$[0].expected_datetime")).toInstant())
                .isEqualTo(due.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(JsonPath.<String>read(body, "$[0].expected_datetime")).endsWith("+07:00");
        assertThat(Duration.between(c.filedAt(), due)).isEqualTo(Duration.ofDays(15));
        assertThat(JsonPath.<String>read(body, "$[0].requested_datetime")).isNotBlank();
        assertThat(body).doesNotContain(hidden, "080 000 0199", "081 234 5678", "080 000 0111", "นายทดสอบ", "@example.org");

        handlingCases.move(t.id(), filed.caseId(), CaseStatus.REFERRED, "นอกอำนาจ", "ส่งต่อการไฟฟ้าส่วนภูมิภาคแล้ว", null, officer);
        String closed = ok(get(base(t) + "/requests/" + filed.number().toLowerCase() + ".json"));
        assertThat(JsonPath.<String>read(closed, "$[0].status")).isEqualTo("closed");
        assertThat(JsonPath.<String>read(closed, "$[0].status_notes")).isEqualTo("ส่งต่อการไฟฟ้าส่วนภูมิภาคแล้ว");
    }

    @Test
    void theListTakesTheStandardFiltersAndDefaultsToTheLast90Days() throws Exception {
        Tenant t = fixtures.create();
        Filed road = filingComplaints.file(t.id(), SampleFilings.general(complaintSettings, t.id(), "roads").build(), null);
        Filed light = filingComplaints.file(t.id(), SampleFilings.general(complaintSettings, t.id(), "lighting").build(), null);
        handlingCases.move(t.id(), light.caseId(), CaseStatus.NOT_ACCEPTED, "ซ้ำ", "เรื่องนี้ซ้ำกับเรื่องที่แจ้งไว้แล้ว", null,
                t.userId(Role.INTEGRITY_OFFICER));
        Instant longAgo = clock.instant().minus(Duration.ofDays(120));
        // Referred elsewhere the day it came, so that no deadline of it lapses unnoticed in the shared database.
        Filed old = transaction.execute(status -> {
            ComplaintHistory.Past then = history.at(() -> longAgo);
            Filed filed = then.filing().file(t.id(), SampleFilings.general(complaintSettings, t.id(), "water").build(), null);
            then.handling().move(t.id(), filed.caseId(), CaseStatus.REFERRED, "ประปาภูมิภาค", "ส่งต่อการประปาส่วนภูมิภาคแล้ว", null,
                    t.userId(Role.INTEGRITY_OFFICER));
            return filed;
        });

        assertThat(numbers(get(base(t) + "/requests.json"))).containsExactlyInAnyOrder(road.number(), light.number());
        assertThat(numbers(get(base(t) + "/requests.json").param("status", "open"))).containsExactly(road.number());
        assertThat(numbers(get(base(t) + "/requests.json").param("status", "closed"))).containsExactly(light.number());
        assertThat(numbers(get(base(t) + "/requests.json").param("status", "open,closed"))).hasSize(2);
        assertThat(numbers(get(base(t) + "/requests.json").param("service_code", "lighting,water")))
                .containsExactly(light.number());
        String from = OffsetDateTime.now(clock).minusDays(130).toString();
        String to = OffsetDateTime.now(clock).minusDays(100).toString();
        assertThat(numbers(get(base(t) + "/requests.json").param("start_date", from).param("end_date", to)))
                .containsExactly(old.number());
        assertThat(numbers(get(base(t) + "/requests.json").param("start_date", OffsetDateTime.now(clock).plusDays(1).toString())))
                .isEmpty();
        assertThat(numbers(get(base(t) + "/requests.json")
                .param("service_request_id", old.number() + ", " + road.number() + ",XX-1-1").param("status", "closed")))
                .containsExactlyInAnyOrder(old.number(), road.number());
        assertThat(numbers(get(base(t) + "/requests.json").param("service_request_id", "nonsense"))).isEmpty();

        error(get(base(t) + "/requests.json").param("start_date", "yesterday"), 400);
        error(get(base(t) + "/requests.json").param("end_date", "2026-13-01"), 400);
        error(get(base(t) + "/requests.json").param("start_date", "2026-01-01").param("end_date", "2026-06-01"), 400);
        error(get(base(t) + "/requests.json").param("start_date", "2026-06-01").param("end_date", "2026-05-01"), 400);
        error(get(base(t) + "/requests.json").param("status", "pending"), 400);

        String token = ok(get(base(t) + "/tokens/" + road.number() + ".json"));
        assertThat(token).isEqualTo("[{\"service_request_id\":\"" + road.number() + "\",\"token\":\"" + road.number() + "\"}]");
        error(get(base(t) + "/tokens/unknown.json"), 404);
        error(get(base(t) + "/requests/" + road.number() + ".xml"), 404);
        error(get(base(t) + "/requests/XX-2569-0001.json"), 404);
    }

    @Test
    void aCorruptionReportNeverAppears() throws Exception {
        Tenant t = fixtures.create();
        String hidden = "ไม่เผยแพร่" + UUID.randomUUID();
        Filed general = filingComplaints.file(t.id(), SampleFilings.general(complaintSettings, t.id(), "roads").build(), null);
        Filed report = filingComplaints.file(t.id(), SampleFilings.corruption(complaintSettings, t.id(), "bribery")
                .subject("เจ้าหน้าที่เรียกเงิน " + hidden).description("รายละเอียด " + hidden).build(), null);

        String list = ok(get(base(t) + "/requests.json"));
        assertThat(list).contains(general.number()).doesNotContain(report.number(), hidden, "เจ้าหน้าที่เรียกเงิน");
        assertThat(numbers(get(base(t) + "/requests.json").param("service_request_id", report.number()))).isEmpty();
        assertThat(numbers(get(base(t) + "/requests.json").param("service_code", "bribery"))).isEmpty();
        error(get(base(t) + "/requests/" + report.number() + ".json"), 404);
        error(get(base(t) + "/tokens/" + report.number() + ".json"), 404);
    }

    // -------------------------------------------------------------------------------------------

    private static String base(Tenant t) {
        return "/open311/v2/" + t.organisation().slug();
    }

    private String ok(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        return response.getContentAsString();
    }

    private String created(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return response.getContentAsString();
    }

    private List<String> numbers(MockHttpServletRequestBuilder request) throws Exception {
        return JsonPath.read(ok(request), "$[*].service_request_id");
    }

    /** The error's description, after checking the status and the GeoReport shape. */
    private String error(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(JsonPath.<Integer>read(body, "$.length()")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(body, "$[0].code")).isEqualTo(status);
        return JsonPath.read(body, "$[0].description");
    }

    private String refused(Tenant t, Map<String, String> good, Map<String, String> changes, int status) throws Exception {
        Map<String, String> fields = new java.util.HashMap<>(good);
        fields.putAll(changes);
        return error(post(base(t) + "/requests.json").params(form(fields)), status);
    }

    private static org.springframework.util.MultiValueMap<String, String> form(Map<String, String> fields) {
        org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return form;
    }
}

package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.sujarit.staff.Role;
import org.sujarit.support.DatabaseDump;
import org.sujarit.support.Photos;
import org.sujarit.support.Sessions;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** The citizen's side: filing on both channels, the receipt, following a case with number and secret. */
@WebTest
class CitizenPagesTest {

    static final byte[] JPEG = org.sujarit.support.Photos.jpeg(64, 48);
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]+-\\d{4}-\\d{4}");
    private static final Pattern SECRET = Pattern.compile("\\d{4} \\d{4} \\d{4} \\d{4}");

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired HandlingCases handlingCases;
    @Autowired FollowingCases followingCases;
    @Autowired Cases complaintCases;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    record Receipt(String number, String secret, Cookie session, Document page) {
    }

    @Test
    void aCitizenFilesAGeneralComplaintWithAPhotoAndGetsANumberAndASecretShownOnce() throws Exception {
        Tenant t = fixtures.create();
        Receipt receipt = fileGeneral(t, "ถนนหน้าวัดเป็นหลุม " + t.marker());
        assertThat(receipt.number()).startsWith(complaintSettings.settings(t.id()).prefix() + "-");
        assertThat(receipt.page().select(".secret-digits").text()).matches(SECRET);

        String digits = receipt.secret().replace(" ", "");
        assertThat(CaseSecret.normalise(receipt.secret())).contains(digits);
        String stored = jdbc.sql("select row_to_json(c)::text from complaint_case c where tenant_id = ? and number = ?")
                .params(t.id().value(), receipt.number()).query(String.class).single();
        assertThat(stored).doesNotContain(digits).contains("$argon2id$");

        CaseView c = complaintCases.findByNumber(t.id(), receipt.number()).orElseThrow();
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.source()).isEqualTo(Source.WEB);
        assertThat(c.attachments()).singleElement().satisfies(a -> {
            assertThat(a.contentType()).isEqualTo("image/jpeg");
            assertThat(a.fromCitizen()).isTrue();
        });
        assertThat(c.actionDeadline().orElseThrow().dueAt()).isEqualTo(c.filedAt().plus(java.time.Duration.ofDays(15)));

        // The same session opens the case and the receipt without typing the secret again.
        mvc.perform(get("/" + t.organisation().slug() + "/complaints/track/" + receipt.number()).cookie(receipt.session()))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("ถนนหน้าวัดเป็นหลุม")));
        // Another browser cannot.
        mvc.perform(get("/" + t.organisation().slug() + "/complaints/track/" + receipt.number()))
                .andExpect(status().is3xxRedirection());
        // The photo is served as an image the browser must not sniff as anything else.
        UUID photo = c.attachments().get(0).id();
        mvc.perform(get("/" + t.organisation().slug() + "/complaints/track/" + receipt.number() + "/files/" + photo)
                        .cookie(receipt.session()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    /**
     * A general complaint's photo is kept as evidence, its pixels as sent, but nothing in it tells who took it, with
     * what camera or where: a database dump holds neither the author (EXIF, XMP, comment), nor the camera's make,
     * model and serial number, nor the GPS position. (The complaint's own map point is what the citizen typed or
     * asked the form to take.) The copy staff and the citizen see is re-encoded without any of it.
     */
    @Test
    void aGeneralComplaintsPhotoIsKeptWithoutWhoTookItWithWhatOrWhere() throws Exception {
        Tenant t = fixtures.create();
        Photos.Author author = new Photos.Author("Somchai Jaidee " + t.marker(), "Makerphone " + t.marker(),
                "MP-" + t.marker(), "SN-" + t.marker(), "สมชาย ใจดี " + t.marker(), "ถ่ายโดยสมชาย " + t.marker());
        byte[] photo = Photos.withAuthor(Photos.jpeg(64, 48), author, new int[] {19, 9, 37}, new int[] {99, 51, 23});
        MockMultipartHttpServletRequestBuilder request = form(t, "general");
        request.file(new MockMultipartFile("files", "ถนนพัง.jpg", "image/jpeg", photo));
        mvc.perform(request.param("categoryId", category(t, Channel.GENERAL)).param("subject", "ถนนพัง " + t.marker())
                        .param("description", "ถนนหน้าโรงเรียนทรุดเป็นหลุมลึก").param("anonymous", "true"))
                .andExpect(status().isOk());

        DatabaseDump dump = DatabaseDump.of(dataSource);
        assertThat(dump.holds("ถนนพัง " + t.marker())).as("the dump holds the complaint's text").isTrue();
        for (String trace : List.of(author.artist(), author.make(), author.model(), author.serialNumber(),
                author.xmpCreator(), author.comment())) {
            assertThat(dump.holds(trace)).as("the dump holds %s", trace).isFalse();
        }
        byte[] latitude = {0, 0, 0, 19, 0, 0, 0, 1, 0, 0, 0, 9, 0, 0, 0, 1, 0, 0, 0, 37, 0, 0, 0, 1};
        byte[] longitude = {0, 0, 0, 99, 0, 0, 0, 1, 0, 0, 0, 51, 0, 0, 0, 1, 0, 0, 0, 23, 0, 0, 0, 1};
        assertThat(DatabaseDump.indexOf(photo, latitude)).as("the photo as sent holds its GPS position").isPositive();
        assertThat(dump.holds(latitude)).as("the dump holds the GPS latitude").isFalse();
        assertThat(dump.holds(longitude)).as("the dump holds the GPS longitude").isFalse();

        // The evidence keeps the pixels as sent: the compressed image data is the same, byte for byte.
        byte[] kept = jdbc.sql("select original from complaint_attachment where tenant_id = ?").param(t.id().value())
                .query(byte[].class).single();
        assertThat(DatabaseDump.indexOf(kept, Arrays.copyOfRange(photo, photo.length - 300, photo.length))).isPositive();
        assertThat(ImageIO.read(new ByteArrayInputStream(kept)).getWidth()).isEqualTo(64);
        // What staff and the citizen are shown is the re-encoded copy, without any of it either.
        UUID caseId = jdbc.sql("select id from complaint_case where tenant_id = ?").param(t.id().value()).query(UUID.class)
                .single();
        CaseView c = complaintCases.get(t.id(), caseId);
        byte[] shown = complaintCases.attachment(t.id(), caseId, c.attachments().get(0).id()).orElseThrow().content();
        assertThat(new String(shown, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "xmpmeta", "Makerphone");
        assertThat(DatabaseDump.indexOf(shown, latitude)).isNegative();
    }

    @Test
    void aFailedFilingKeepsEverythingTypedAndSaysWhatToFix() throws Exception {
        Tenant t = fixtures.create();
        String html = mvc.perform(form(t, "general").param("subject", "ไฟดับ " + t.marker())
                        .param("description", "ไฟฟ้าสาธารณะดับทั้งซอย " + t.marker()).param("anonymous", "true"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#subject").val()).isEqualTo("ไฟดับ " + t.marker());
        assertThat(page.select("#description").text()).isEqualTo("ไฟฟ้าสาธารณะดับทั้งซอย " + t.marker());
        assertThat(page.select("#categoryId-error").text()).isEqualTo("โปรดเลือกประเภทเรื่องจากรายการ");
        assertThat(count(t)).isZero();
    }

    @Test
    void theDayItHappenedIsTypedInTheBuddhistEraAndAWrongOneComesBackAsTyped() throws Exception {
        Tenant t = fixtures.create();
        Document blank = Jsoup.parse(mvc.perform(get("/" + t.organisation().slug() + "/complaints/general"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(blank.select("#occurredOn").attr("type")).isEqualTo("text");
        assertThat(blank.select("#occurredOn").attr("autocomplete")).isEqualTo("off");
        assertThat(blank.select("#" + blank.select("#occurredOn").attr("aria-describedby")).text())
                .isEqualTo(org.sujarit.shared.NumeralStyle.THAI.apply("วว/ดด/ปปปป พ.ศ. เช่น 31/12/2569"));

        Document refused = Jsoup.parse(mvc.perform(form(t, "general").param("categoryId", category(t, Channel.GENERAL))
                        .param("subject", "").param("description", "ไฟดับทั้งซอย " + t.marker()).param("anonymous", "true")
                        .param("occurredOn", "15/10/2025").param("latitude", "19.1352"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#occurredOn").val()).isEqualTo("15/10/2025");
        assertThat(refused.select("#occurredOn-error").text())
                .isEqualTo(org.sujarit.shared.NumeralStyle.THAI.apply("ปี 2025 เป็นปีคริสต์ศักราช โปรดกรอกปีพุทธศักราช ซึ่งน่าจะเป็น 2568"));
        assertThat(refused.select("#occurredOn").attr("aria-describedby")).contains("occurredOn-error");
        assertThat(refused.select("#description").text()).isEqualTo("ไฟดับทั้งซอย " + t.marker());
        assertThat(refused.select("#latitude").val()).isEqualTo("19.1352");
        assertThat(refused.select("#subject-error").text()).isEqualTo("กรุณากรอกช่องนี้");
        assertThat(count(t)).isZero();

        mvc.perform(form(t, "general").param("categoryId", category(t, Channel.GENERAL)).param("subject", "ไฟดับ")
                        .param("description", "ไฟดับทั้งซอย " + t.marker()).param("anonymous", "true")
                        .param("occurredOn", "๑๕ ต.ค. ๒๕๖๘"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select occurred_on from complaint_case where tenant_id = ?").param(t.id().value())
                .query(java.time.LocalDate.class).single()).isEqualTo(java.time.LocalDate.of(2025, 10, 15));
    }

    @Test
    void aFormThatCannotBeReadAtAllStillComesBackAsTyped() throws Exception {
        Tenant t = fixtures.create();
        Document page = Jsoup.parse(mvc.perform(form(t, "general").param("categoryId", category(t, Channel.GENERAL))
                        .param("subject", "ไฟดับ").param("description", "ไฟดับทั้งซอย " + t.marker()).param("anonymous", "true")
                        .param("latitude", "19.1352").param("source", "NOT_A_SOURCE"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#description").text()).isEqualTo("ไฟดับทั้งซอย " + t.marker());
        assertThat(page.select("#latitude").val()).isEqualTo("19.1352");
        assertThat(count(t)).isZero();
    }

    @Test
    void aNamedComplaintNeedsAWayToReachTheCitizen() throws Exception {
        Tenant t = fixtures.create();
        String html = mvc.perform(form(t, "general").param("categoryId", category(t, Channel.GENERAL))
                        .param("subject", "ขยะ").param("description", "ไม่มีรถเก็บขยะ").param("contactName", "นาย ก"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#contactPhone-error").text()).contains("ช่องทางติดต่ออย่างน้อยหนึ่งทาง");
        assertThat(Jsoup.parse(html).select("#contactName").val()).isEqualTo("นาย ก");
    }

    @Test
    void personalDataInTheTextIsPointedOutBeforeFiling() throws Exception {
        Tenant t = fixtures.create();
        String text = "ผมชื่อสมชาย เลขบัตร 1-1012-00012-34-5 โทร 081-234-5678 " + t.marker();
        String html = mvc.perform(form(t, "general").param("categoryId", category(t, Channel.GENERAL))
                        .param("subject", "น้ำท่วมขัง").param("description", text).param("anonymous", "true"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#personal-data li").eachText())
                .as("shown in the page's Thai digits").containsExactly("เลขประจำตัวประชาชน: ๑-๑๐๑๒-๐๐๐๑๒-๓๔-๕", "หมายเลขโทรศัพท์: ๐๘๑-๒๓๔-๕๖๗๘");
        assertThat(page.select("#description").text()).isEqualTo(text);
        assertThat(count(t)).isZero();

        mvc.perform(form(t, "general").param("categoryId", category(t, Channel.GENERAL))
                        .param("subject", "น้ำท่วมขัง").param("description", text).param("anonymous", "true")
                        .param("personalDataChecked", "true"))
                .andExpect(status().isOk());
        assertThat(count(t)).isOne();
    }

    @Test
    void filesAreJudgedByTheirContent() throws Exception {
        Tenant t = fixtures.create();
        MockMultipartHttpServletRequestBuilder request = form(t, "corruption");
        request.file(new MockMultipartFile("files", "evidence.jpg", "image/jpeg", "<html><script>alert(1)</script>".getBytes()));
        String html = mvc.perform(request.param("categoryId", category(t, Channel.CORRUPTION)).param("subject", "เรียกเงิน")
                        .param("description", "เจ้าหน้าที่เรียกเงินค่าธรรมเนียมโดยไม่ออกใบเสร็จ").param("anonymous", "true"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select(".form-errors").text()).contains("ตรวจจากเนื้อไฟล์");
        assertThat(page.select(".problem").text()).contains("โปรดเลือกไฟล์อีกครั้ง");
        assertThat(page.select("#description").text()).isEqualTo("เจ้าหน้าที่เรียกเงินค่าธรรมเนียมโดยไม่ออกใบเสร็จ");
        assertThat(count(t)).isZero();
    }

    @Test
    void theTwoChannelsHaveTheirOwnPagesAndTheirOwnCategories() throws Exception {
        Tenant t = fixtures.create();
        String slug = t.organisation().slug();
        Document home = Jsoup.parse(mvc.perform(get("/" + slug + "/complaints")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(home.select(".channel a").eachAttr("href"))
                .containsExactly("/" + slug + "/complaints/general", "/" + slug + "/complaints/corruption");
        Document corruption = Jsoup.parse(mvc.perform(get("/" + slug + "/complaints/corruption")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(corruption.select("h1").text()).isEqualTo("ร้องเรียนการทุจริตและประพฤติมิชอบ");
        assertThat(corruption.select("#categoryId option").eachText()).contains("การจัดซื้อจัดจ้าง").doesNotContain("ไฟฟ้าสาธารณะ");
        assertThat(corruption.select("#involvedUnitId option").eachText()).anyMatch(s -> s.contains("งาน " + t.marker()));
        mvc.perform(get("/" + slug + "/complaints/other")).andExpect(status().isNotFound());

        // A general category cannot be slipped into the corruption channel.
        mvc.perform(form(t, "corruption").param("categoryId", category(t, Channel.GENERAL))
                        .param("subject", "x").param("description", "y").param("anonymous", "true"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aCitizenFollowsTheCaseWithNumberAndSecretAndSeesRepliesButNoInternalNotes() throws Exception {
        Tenant t = fixtures.create();
        Receipt receipt = fileGeneral(t, "ท่อระบายน้ำอุดตัน " + t.marker());
        CaseView c = complaintCases.findByNumber(t.id(), receipt.number()).orElseThrow();
        UUID officer = t.userId(Role.INTEGRITY_OFFICER);
        handlingCases.move(t.id(), c.id(), CaseStatus.ACKNOWLEDGED, "เหตุผลภายใน " + t.marker(), null, null, officer);
        handlingCases.note(t.id(), c.id(), "บันทึกลับ " + t.marker(), List.of(), officer);
        handlingCases.reply(t.id(), c.id(), "จะส่งเจ้าหน้าที่ไปตรวจสอบภายในสัปดาห์นี้", false, List.of(), officer);

        MvcResult opened = mvc.perform(post("/" + t.organisation().slug() + "/complaints/track").with(csrf())
                        .param("number", receipt.number().toLowerCase()).param("secret", receipt.secret()))
                .andExpect(status().is3xxRedirection()).andReturn();
        Cookie other = Sessions.cookieOf(opened);
        assertThat(other.getValue()).isNotEqualTo(receipt.session().getValue());
        String location = opened.getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/" + t.organisation().slug() + "/complaints/track/" + receipt.number());
        String html = mvc.perform(get(location).cookie(other)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("จะส่งเจ้าหน้าที่ไปตรวจสอบภายในสัปดาห์นี้", "ตอบรับแล้ว")
                .doesNotContain("บันทึกลับ " + t.marker(), "เหตุผลภายใน " + t.marker(), "INTEGRITY_OFFICER " + t.marker());
    }

    @Test
    void aWrongSecretAndAnUnknownNumberGetTheSameAnswerAndGuessesLockTheCase() throws Exception {
        Tenant t = fixtures.create();
        Receipt receipt = fileGeneral(t, "ไฟดับ " + t.marker());
        String wrong = wrongSecret(receipt.secret());
        String slug = t.organisation().slug();
        String unknownNumber = receipt.number().substring(0, receipt.number().length() - 4) + "9999";
        String answerToWrong = problem(mvc.perform(post("/" + slug + "/complaints/track").with(csrf())
                .param("number", receipt.number()).param("secret", wrong)).andExpect(status().isNotFound()).andReturn());
        String answerToUnknown = problem(mvc.perform(post("/" + slug + "/complaints/track").with(csrf())
                .param("number", unknownNumber).param("secret", receipt.secret())).andExpect(status().isNotFound()).andReturn());
        assertThat(answerToWrong).isEqualTo(answerToUnknown).isEqualTo("ไม่พบเรื่องตามเลขที่เรื่องและรหัสลับนี้ โปรดตรวจสอบแล้วลองอีกครั้ง");

        mvc.perform(post("/" + slug + "/complaints/track").with(csrf()).param("number", receipt.number())
                .param("secret", "1234")).andExpect(status().isUnprocessableContent());
        for (int i = 1; i < FollowingCases.LOOKUP_LIMIT; i++) {
            // Past the short locks (10 ms and 20 ms in tests) of the third and fourth wrong guess, so that each counts.
            Thread.sleep(60);
            mvc.perform(post("/" + slug + "/complaints/track").with(csrf()).param("number", receipt.number()).param("secret", wrong))
                    .andExpect(status().isNotFound());
        }
        // Locked now, even for the right secret.
        mvc.perform(post("/" + slug + "/complaints/track").with(csrf()).param("number", receipt.number())
                .param("secret", receipt.secret())).andExpect(status().isTooManyRequests());
    }

    @Test
    void aCitizenAddsInformationRatesTheOutcomeAndMayReopen() throws Exception {
        Tenant t = fixtures.create();
        Receipt receipt = fileGeneral(t, "สุนัขจรจัด " + t.marker());
        String base = "/" + t.organisation().slug() + "/complaints/track/" + receipt.number();
        CaseView c = complaintCases.findByNumber(t.id(), receipt.number()).orElseThrow();

        MockMultipartHttpServletRequestBuilder add = multipart(base + "/messages");
        add.file(new MockMultipartFile("files", "dogs.jpg", "image/jpeg", JPEG));
        mvc.perform(add.with(csrf()).cookie(receipt.session()).param("text", "มีสุนัขเพิ่มอีกสามตัว"))
                .andExpect(status().is3xxRedirection());
        String empty = mvc.perform(multipart(base + "/messages").with(csrf()).cookie(receipt.session()).param("text", " "))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(empty).select("#text-error").text()).isEqualTo("กรุณาพิมพ์ข้อความ ไม่เกิน ๕,๐๐๐ ตัวอักษร");

        mvc.perform(post(base + "/rating").with(csrf()).cookie(receipt.session()).param("satisfaction", "5"))
                .andExpect(status().isUnprocessableContent());

        UUID officer = t.userId(Role.INTEGRITY_OFFICER);
        handlingCases.move(t.id(), c.id(), CaseStatus.ACKNOWLEDGED, "รับ", null, null, officer);
        handlingCases.move(t.id(), c.id(), CaseStatus.ACCEPTED, "อยู่ในอำนาจหน้าที่", null, null, officer);
        handlingCases.move(t.id(), c.id(), CaseStatus.ASSIGNED, "งานสาธารณสุข", null, t.workUnit().id().value(), officer);
        handlingCases.move(t.id(), c.id(), CaseStatus.IN_PROGRESS, "เริ่มงาน", null, null, officer);
        handlingCases.move(t.id(), c.id(), CaseStatus.RESOLVED, "จับสุนัขแล้ว", "ปศุสัตว์อำเภอจับสุนัขไปดูแลแล้ว", null, officer);

        mvc.perform(post(base + "/rating").with(csrf()).cookie(receipt.session()).param("satisfaction", "4")
                .param("comment", "รวดเร็วดี")).andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/rating").with(csrf()).cookie(receipt.session()).param("satisfaction", "1"))
                .andExpect(status().isUnprocessableContent());
        CaseView rated = complaintCases.get(t.id(), c.id());
        assertThat(rated.satisfaction()).isEqualTo(4);
        assertThat(rated.outcome()).isEqualTo("ปศุสัตว์อำเภอจับสุนัขไปดูแลแล้ว");
        assertThat(rated.events()).filteredOn(e -> e.kind() == CaseView.EventKind.CITIZEN_MESSAGE).singleElement()
                .satisfies(e -> assertThat(e.attachments()).hasSize(1));

        mvc.perform(post(base + "/reopen").with(csrf()).cookie(receipt.session()).param("reason", "สุนัขกลับมาอีก"))
                .andExpect(status().is3xxRedirection());
        CaseView reopened = complaintCases.get(t.id(), c.id());
        assertThat(reopened.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(reopened.satisfaction()).isNull();
        assertThat(reopened.deadlines()).filteredOn(d -> d.kind() == CaseView.DeadlineKind.ACTION).hasSize(2);
    }

    @Test
    void aClosedCaseTakesNoMoreInformation() throws Exception {
        Tenant t = fixtures.create();
        Receipt receipt = fileGeneral(t, "เสียงดัง " + t.marker());
        CaseView c = complaintCases.findByNumber(t.id(), receipt.number()).orElseThrow();
        handlingCases.move(t.id(), c.id(), CaseStatus.NOT_ACCEPTED, "เป็นเรื่องระหว่างเอกชน",
                "เรื่องนี้เป็นข้อพิพาทระหว่างเอกชน โปรดติดต่อศูนย์ดำรงธรรม", null, t.userId(Role.INTEGRITY_OFFICER));
        String base = "/" + t.organisation().slug() + "/complaints/track/" + receipt.number();
        String html = mvc.perform(multipart(base + "/messages").with(csrf()).cookie(receipt.session())
                        .param("text", "ขอเพิ่มเติม " + t.marker()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("เรื่องนี้ยุติแล้ว", "โปรดติดต่อศูนย์ดำรงธรรม");
        assertThat(followingCases.citizenMayReopen(complaintCases.get(t.id(), c.id()), complaintSettings.settings(t.id()))).isFalse();
    }

    @Test
    void aCaseIsReachableOnlyThroughItsOwnLocalGovernmentsPortal() throws Exception {
        Tenant a = fixtures.create();
        Tenant b = fixtures.create();
        Receipt receipt = fileGeneral(a, "ไฟดับ " + a.marker());
        String bSlug = b.organisation().slug();
        mvc.perform(post("/" + bSlug + "/complaints/track").with(csrf()).param("number", receipt.number())
                .param("secret", receipt.secret())).andExpect(status().isNotFound());
        // Even the session that filed the case cannot open it, its files or its receipt under another slug.
        mvc.perform(get("/" + bSlug + "/complaints/track/" + receipt.number()).cookie(receipt.session()))
                .andExpect(status().is3xxRedirection());
        UUID photo = complaintCases.findByNumber(a.id(), receipt.number()).orElseThrow().attachments().get(0).id();
        mvc.perform(get("/" + bSlug + "/complaints/track/" + receipt.number() + "/files/" + photo).cookie(receipt.session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/" + bSlug + "/complaints/track/" + receipt.number() + "/receipt.pdf").cookie(receipt.session()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/" + bSlug + "/complaints/track/" + receipt.number() + "/messages").with(csrf())
                .cookie(receipt.session()).param("text", "แทรก")).andExpect(status().is3xxRedirection());
        assertThat(complaintCases.findByNumber(a.id(), receipt.number()).orElseThrow().events())
                .noneMatch(e -> e.kind() == CaseView.EventKind.CITIZEN_MESSAGE);
    }

    @Test
    void complaintPagesAreNeverCachedAndSendNoReferrer() throws Exception {
        Tenant t = fixtures.create();
        for (String path : List.of("/complaints", "/complaints/corruption", "/complaints/general", "/complaints/track")) {
            mvc.perform(get("/" + t.organisation().slug() + path)).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "no-store"))
                    .andExpect(header().string("Referrer-Policy", "no-referrer"));
        }
        Receipt receipt = fileGeneral(t, "ไฟดับ " + t.marker());
        mvc.perform(get("/" + t.organisation().slug() + "/complaints/track/" + receipt.number()).cookie(receipt.session()))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));
        // Elsewhere the usual policy holds.
        mvc.perform(get("/" + t.organisation().slug())).andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    // -------------------------------------------------------------------------------------------

    private Receipt fileGeneral(Tenant t, String subject) throws Exception {
        MockMultipartHttpServletRequestBuilder request = form(t, "general");
        request.file(new MockMultipartFile("files", "pothole.jpg", "image/jpeg", JPEG));
        MvcResult result = mvc.perform(request.param("categoryId", category(t, Channel.GENERAL)).param("subject", subject)
                        .param("description", "หลุมลึกประมาณ ๓๐ เซนติเมตร รถจักรยานยนต์ล้มแล้วสองคัน").param("village", "หมู่ ๓")
                        .param("anonymous", "true"))
                .andExpect(status().isOk()).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        Matcher number = NUMBER.matcher(page.select(".receipt-facts .case-number").text());
        assertThat(number.matches()).as("case number on the receipt").isTrue();
        return new Receipt(number.group(), page.select(".secret-digits").text(), Sessions.cookieOf(result), page);
    }

    private MockMultipartHttpServletRequestBuilder form(Tenant t, String channel) {
        MockMultipartHttpServletRequestBuilder request = multipart("/" + t.organisation().slug() + "/complaints/" + channel);
        request.with(csrf());
        return request;
    }

    private String category(Tenant t, Channel channel) {
        return complaintSettings.activeCategories(t.id(), channel).get(0).id().toString();
    }

    private int count(Tenant t) {
        return jdbc.sql("select count(*) from complaint_case where tenant_id = ?").param(t.id().value())
                .query(Integer.class).single();
    }

    private static String problem(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString()).select("p.problem").text();
    }

    /** A secret with a valid check digit that is not the case's. */
    static String wrongSecret(String secret) {
        String digits = secret.replace(" ", "");
        String payload = (digits.charAt(0) == '9' ? "1" : "9") + digits.substring(1, 15);
        return payload + CaseSecret.checkDigit(payload);
    }
}

package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.complaint.FollowingCases.LookupResult;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.Sessions;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** A complaint taken by phone, letter or walk-in: the officer records it and hands over the secret, shown once. */
@WebTest
class RecordOnBehalfTest {

    private static final Pattern SECRET = Pattern.compile("(\\d{4} \\d{4} \\d{4} \\d{4})");

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired FollowingCases followingCases;
    @Autowired Cases complaintCases;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired JdbcClient jdbc;

    @Test
    void theReceiptShowsTheSecretOnceAndTheCitizenFollowsTheCaseWithIt() throws Exception {
        Tenant t = fixtures.create();
        Cookie session = Sessions.signIn(mvc, t.username(Role.INTEGRITY_OFFICER), TenantFixture.PASSWORD);
        String form = mvc.perform(get("/console/complaints/new").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"").matcher(form);
        assertThat(token.find()).isTrue();
        String subject = "ท่อระบายน้ำอุดตัน " + t.marker();

        MvcResult filed = mvc.perform(record(t, session, token.group(1), subject,
                        new MockMultipartFile("files", "จดหมาย.pdf", "application/pdf", "%PDF-1.4 letter".getBytes())))
                .andExpect(status().isOk()).andReturn();
        String receipt = filed.getResponse().getContentAsString();
        Matcher secret = SECRET.matcher(receipt);
        assertThat(secret.find()).isTrue();
        Matcher number = Pattern.compile("class=\"case-number\">([A-Z0-9]+-\\d{4}-\\d{4})<").matcher(receipt);
        assertThat(number.find()).isTrue();
        assertThat(receipt).contains(subject).contains("โทรศัพท์").contains("data-print").contains("http://localhost:8080/" + t.marker());

        FollowingCases.Lookup lookup = followingCases.lookUp(t.id(), number.group(1), secret.group(1));
        assertThat(lookup.result()).isEqualTo(LookupResult.FOUND);
        CaseView c = complaintCases.get(t.id(), lookup.caseId());
        assertThat(c.subject()).isEqualTo(subject);
        assertThat(c.source()).isEqualTo(Source.PHONE);
        assertThat(c.filedByName()).isEqualTo("INTEGRITY_OFFICER " + t.marker());
        assertThat(c.contact().name()).isEqualTo("นางสมศรี " + t.marker());
        assertThat(c.attachments()).extracting(CaseView.Attachment::fileName).containsExactly("จดหมาย.pdf");

        String digits = secret.group(1).replace(" ", "");
        List<byte[]> stored = jdbc.sql("""
                        select a.attribute_bytes from spring_session_attributes a
                        join spring_session s on s.primary_id = a.session_primary_id where s.principal_name = ?""")
                .param(t.username(Role.INTEGRITY_OFFICER)).query(byte[].class).list();
        assertThat(stored).isNotEmpty().allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                .doesNotContain(digits).doesNotContain(secret.group(1)));
        assertThat(filed.getFlashMap().isEmpty()).isTrue();
        String again = mvc.perform(record(t, session, token.group(1), subject)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(again).contains("เรื่องนี้บันทึกไว้แล้ว").contains(number.group(1)).doesNotContain(secret.group(1));
        assertThat(SECRET.matcher(again).find()).isFalse();
        assertThat(jdbc.sql("select count(*) from complaint_case where tenant_id = ? and subject = ?")
                .params(t.id().value(), subject).query(Integer.class).single()).isEqualTo(1);
        String page = mvc.perform(get("/console/complaints/" + lookup.caseId()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(subject).doesNotContain(secret.group(1)).doesNotContain(digits);
    }

    @Test
    void aFormWithMistakesComesBackFilledAndFilesNothing() throws Exception {
        Tenant t = fixtures.create();
        UUID category = complaintSettings.activeCategories(t.id(), Channel.GENERAL).get(0).id();
        String noSubject = mvc.perform(multipart("/console/complaints/new").param("channel", "GENERAL").param("source", "LETTER")
                        .param("categoryId", category.toString()).param("subject", "")
                        .param("description", "รายละเอียดที่พิมพ์ไว้ " + t.marker()).param("contactName", "นายสมชาย")
                        .param("contactPhone", "089 000 0000").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(noSubject).contains("กรุณากรอกหัวเรื่อง").contains(">รายละเอียดที่พิมพ์ไว้ " + t.marker() + "</textarea>")
                .contains("value=\"089 000 0000\"");
        UUID corruptionCategory = complaintSettings.activeCategories(t.id(), Channel.CORRUPTION).get(0).id();
        String wrongChannel = mvc.perform(multipart("/console/complaints/new").param("channel", "GENERAL").param("source", "WALK_IN")
                        .param("categoryId", corruptionCategory.toString()).param("subject", "หัวเรื่อง")
                        .param("description", "รายละเอียด").param("anonymous", "true").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(wrongChannel).contains("โปรดเลือกประเภทเรื่องจากรายการ");
        String web = mvc.perform(multipart("/console/complaints/new").param("channel", "GENERAL").param("source", "WEB")
                        .param("categoryId", category.toString()).param("subject", "หัวเรื่อง").param("description", "รายละเอียด")
                        .param("anonymous", "true").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(web).contains("เลือกช่องทางที่รับเรื่อง: โทรศัพท์ หนังสือ มาด้วยตนเอง หรืออีเมล");
        String noWayBack = mvc.perform(multipart("/console/complaints/new").param("channel", "GENERAL").param("source", "PHONE")
                        .param("categoryId", category.toString()).param("subject", "หัวเรื่อง").param("description", "รายละเอียด")
                        .param("contactName", "นายสมชาย").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(noWayBack).contains("กรุณาให้ช่องทางติดต่ออย่างน้อยหนึ่งทาง").contains("value=\"นายสมชาย\"");
        assertThat(jdbc.sql("select count(*) from complaint_case where tenant_id = ?").param(t.id().value())
                .query(Integer.class).single()).isZero();
        mvc.perform(get("/console/complaints/new").with(as(t, Role.UNIT_STAFF))).andExpect(status().isForbidden());
    }

    @Test
    void theDayItHappenedIsTypedInTheBuddhistEra() throws Exception {
        Tenant t = fixtures.create();
        Cookie session = Sessions.signIn(mvc, t.username(Role.INTEGRITY_OFFICER), TenantFixture.PASSWORD);
        org.jsoup.nodes.Document blank = org.jsoup.Jsoup.parse(mvc.perform(get("/console/complaints/new").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(blank.select("#occurredOn").attr("type")).isEqualTo("text");
        String submission = blank.select("input[name=submission]").val();

        org.jsoup.nodes.Document refused = org.jsoup.Jsoup.parse(mvc.perform(record(t, session, submission, "น้ำท่วม " + t.marker())
                        .param("occurredOn", "3 มีนาคม"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#occurredOn").val()).isEqualTo("3 มีนาคม");
        assertThat(refused.select("#occurredOn-error").text()).startsWith("อ่านวันที่นี้ไม่ได้ โปรดกรอกเป็น วัน/เดือน/ปี พ.ศ.");
        assertThat(refused.select("#subject").val()).isEqualTo("น้ำท่วม " + t.marker());

        mvc.perform(record(t, session, submission, "น้ำท่วม " + t.marker()).param("occurredOn", "3 มีนาคม 2568"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select occurred_on from complaint_case where tenant_id = ?").param(t.id().value())
                .query(java.time.LocalDate.class).single()).isEqualTo(java.time.LocalDate.of(2025, 3, 3));
    }

    private MockMultipartHttpServletRequestBuilder record(Tenant t, Cookie session, String submission, String subject,
                                                 MockMultipartFile... files) {
        UUID category = complaintSettings.activeCategories(t.id(), Channel.GENERAL).get(0).id();
        MockMultipartHttpServletRequestBuilder request = multipart("/console/complaints/new");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return request.cookie(session).param("submission", submission)
                .param("channel", "GENERAL").param("source", "PHONE").param("categoryId", category.toString())
                .param("subject", subject).param("description", "น้ำท่วมขังหน้าบ้านทุกครั้งที่ฝนตก")
                .param("village", "5").param("contactName", "นางสมศรี " + t.marker()).param("contactPhone", "081 234 5678")
                .with(csrf());
    }

    private RequestPostProcessor as(Tenant t, Role role) {
        return authentication(principals.authentication(t.username(role)));
    }
}

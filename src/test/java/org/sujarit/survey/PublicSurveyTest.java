package org.sujarit.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * A citizen answers a public survey from its link: a bad answer comes back (422) with a Thai message
 * and everything typed; a good one is kept with the day only and the browser is told it answered;
 * a second answer from that browser, a closed survey, a draft and a staff survey are refused. Staff
 * type in a paper questionnaire, marked as such, and preview the page.
 */
@WebTest
class PublicSurveyTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired Surveys surveys;
    @Autowired JdbcClient jdbc;

    @Test
    void aCitizenAnswersFromTheLinkOncePerBrowserAndABadAnswerKeepsWhatWasTyped() throws Exception {
        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        UUID id = surveys.create(officer, draft(Survey.Audience.PUBLIC), Questionnaires.informationCentre(), null);
        String link = "/" + t.organisation().slug() + "/surveys/" + id + "/answer";
        mvc.perform(get(link)).andExpect(status().isNotFound());
        surveys.open(officer, id);

        Document form = page(mvc.perform(get(link)).andExpect(status().isOk()).andReturn());
        assertThat(form.select("fieldset[data-question=speed] legend").text()).startsWith("๓. ความรวดเร็วในการให้บริการ");
        assertThat(form.select("input[name=a.speed]")).hasSize(5);
        assertThat(form.select("fieldset[data-question=why]").attr("data-shown-if")).isEqualTo("staff:3,4");
        assertThat(form.select("fieldset[data-question=why] .hint").text()).contains("ตอบข้อนี้เมื่อข้อ ๔ ตอบว่า น้อย / น้อยที่สุด");

        Document refused = page(mvc.perform(answer(link).param("a.type", "9").param("a.age", "๔๒").param("a.speed", "0")
                .param("a.why", "ที่จอดรถน้อย")).andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(refused.select("#q-type .error").text()).isEqualTo("คำตอบนี้ไม่ใช่ตัวเลือกของคำถาม โปรดเลือกใหม่");
        assertThat(refused.select("#q-staff .error").text()).isEqualTo("โปรดตอบข้อนี้");
        assertThat(refused.select("input[name=a.age]").attr("value")).isEqualTo("๔๒");
        assertThat(refused.select("input[name=a.speed][value=0]").hasAttr("checked")).isTrue();
        assertThat(refused.select("textarea[name=a.why]").text()).isEqualTo("ที่จอดรถน้อย");
        assertThat(refused.text()).contains("มี ๒ ข้อที่ต้องแก้ไข");
        assertThat(count(id)).isZero();

        MvcResult kept = mvc.perform(answer(link).param("a.type", "0").param("a.speed", "0").param("a.staff", "4")
                .param("a.why", "ที่จอดรถน้อย")).andExpect(status().isOk()).andReturn();
        assertThat(page(kept).text()).contains("ขอบคุณที่ตอบแบบสำรวจ");
        Cookie answered = kept.getResponse().getCookie("survey-answered-" + id);
        assertThat(answered).isNotNull();
        assertThat(answered.isHttpOnly()).isTrue();
        assertThat(count(id)).isEqualTo(1);
        assertThat(jdbc.sql("select answered_on = (now() at time zone 'Asia/Bangkok')::date and channel = 'LINK' from survey_response where survey_id = ?")
                .param(id).query(Boolean.class).single()).isTrue();

        assertThat(page(mvc.perform(get(link).cookie(answered)).andExpect(status().isOk()).andReturn()).text())
                .contains("ท่านตอบแบบสำรวจนี้จากเบราว์เซอร์นี้แล้ว");
        mvc.perform(answer(link).cookie(answered).param("a.type", "0").param("a.speed", "0").param("a.staff", "0"))
                .andExpect(status().isConflict());
        assertThat(count(id)).isEqualTo(1);

        surveys.close(officer, id);
        assertThat(page(mvc.perform(get(link)).andExpect(status().isOk()).andReturn()).text()).contains("ไม่ได้เปิดรับคำตอบ");
        mvc.perform(answer(link).param("a.type", "0").param("a.speed", "0").param("a.staff", "0")).andExpect(status().isGone());
        assertThat(count(id)).isEqualTo(1);
    }

    @Test
    void aNulCharacterInAnyFieldIsRefusedWithTheThaiBadRequestPageAndNothingIsKept() throws Exception {
        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        UUID id = surveys.create(officer, draft(Survey.Audience.PUBLIC), Questionnaires.informationCentre(), null);
        surveys.open(officer, id);
        String link = "/" + t.organisation().slug() + "/surveys/" + id + "/answer";
        String refused = mvc.perform(answer(link).accept(org.springframework.http.MediaType.TEXT_HTML).param("a.type", "0")
                        .param("a.speed", "0").param("a.staff", "4").param("a.why", "ที่จอด\u0000รถ"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(count(id)).isZero();
        mvc.perform(get("/console/surveys/" + id + "/results").param("from", "1/10/2569\u0000")
                .with(authentication(principals.authentication(t.username(Role.INTEGRITY_OFFICER)))))
                .andExpect(status().isBadRequest());
        assertThat(refused).doesNotContain("Exception");
    }

    @Test
    void answersKeepNoTimeAddressOrBrowserAndAStaffSurveyHasNoPublicLink() throws Exception {
        List<String> columns = jdbc.sql("""
                select table_name || '.' || column_name || ':' || data_type from information_schema.columns
                where table_name in ('survey_response', 'survey_answer')""").query(String.class).list();
        assertThat(columns).noneMatch(c -> c.contains("timestamp") || c.contains("inet") || c.contains("time ")
                || c.contains("agent") || c.contains("address") || c.contains("user_id"));

        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        UUID staff = surveys.create(officer, draft(Survey.Audience.STAFF), Questionnaires.informationCentre(), null);
        surveys.open(officer, staff);
        mvc.perform(get("/" + t.organisation().slug() + "/surveys/" + staff + "/answer")).andExpect(status().isNotFound());
        Tenant other = fixtures.create();
        UUID theirs = surveys.create(principals.principal(other.username(Role.INTEGRITY_OFFICER)), draft(Survey.Audience.PUBLIC),
                Questionnaires.informationCentre(), null);
        surveys.open(principals.principal(other.username(Role.INTEGRITY_OFFICER)), theirs);
        mvc.perform(get("/" + t.organisation().slug() + "/surveys/" + theirs + "/answer")).andExpect(status().isNotFound());
    }

    @Test
    void staffTypeInPaperQuestionnairesMarkedAsSuchAndPreviewThePage() throws Exception {
        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        UUID id = surveys.create(officer, draft(Survey.Audience.PUBLIC), Questionnaires.informationCentre(), null);
        var as = authentication(principals.authentication(t.username(Role.INTEGRITY_OFFICER)));
        Document preview = page(mvc.perform(get("/console/surveys/" + id + "/preview").with(as)).andExpect(status().isOk()).andReturn());
        assertThat(preview.select("input[name=a.speed]")).hasSize(5);
        assertThat(preview.select("form[data-survey] button[type=submit]")).isEmpty();

        mvc.perform(post("/console/surveys/" + id + "/paper").with(as).with(csrf()).param("a.type", "0")
                .param("a.speed", "1").param("a.staff", "1")).andExpect(status().isConflict());
        assertThat(count(id)).isZero();
        surveys.open(officer, id);
        mvc.perform(post("/console/surveys/" + id + "/paper").with(as).with(csrf()).param("a.type", "0").param("a.speed", "8"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/console/surveys/" + id + "/paper").with(as).with(csrf()).param("a.type", "0")
                .param("a.speed", "1").param("a.staff", "1")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select channel from survey_response where survey_id = ?").param(id).query(String.class).list())
                .containsExactly("PAPER");
        mvc.perform(get("/console/surveys/" + id + "/paper")
                .with(authentication(principals.authentication(t.username(Role.EXECUTIVE))))).andExpect(status().isNotFound());
    }

    @Test
    void thePosterIsAnA4PdfWithTheLinkAndItsQrCode() throws Exception {
        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        UUID id = surveys.create(officer, draft(Survey.Audience.PUBLIC), Questionnaires.informationCentre(), null);
        var as = authentication(principals.authentication(t.username(Role.INTEGRITY_OFFICER)));
        byte[] pdf = mvc.perform(get("/console/surveys/" + id + "/poster").with(as)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("ความพึงพอใจศูนย์ข้อมูลข่าวสาร").contains("/" + t.organisation().slug() + "/surveys/" + id + "/answer");
        }
        String svg = org.sujarit.infrastructure.document.QrCodes.svg("https://example.org/x", "<แบบสำรวจ>");
        assertThat(svg).startsWith("<svg").contains("<title>&lt;แบบสำรวจ&gt;</title>").contains("h1v1h-1z");
        UUID staff = surveys.create(officer, draft(Survey.Audience.STAFF), Questionnaires.informationCentre(), null);
        mvc.perform(get("/console/surveys/" + staff + "/poster").with(as)).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder answer(String link) {
        return post(link).with(csrf());
    }

    private long count(UUID survey) {
        return jdbc.sql("select count(*) from survey_response where survey_id = ?").param(survey).query(Long.class).single();
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static SurveyDraft draft(Survey.Audience audience) {
        return new SurveyDraft(Survey.Kind.SURVEY, audience, null, "ความพึงพอใจศูนย์ข้อมูลข่าวสาร", null, null, null, null, null,
                null, false, null, null);
    }
}

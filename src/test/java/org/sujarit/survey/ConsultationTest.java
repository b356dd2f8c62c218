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

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.disclosure.PublishedEvidence;
import org.sujarit.shared.FiscalYear;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * A consultation on the draft plan: described, open on the portal with its comment link, commented
 * on by a citizen, summarised only once closed, and then its summary — never the comments — on the
 * portal, counted as the participation item's evidence.
 */
@WebTest
class ConsultationTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired Surveys surveys;
    @Autowired List<PublishedEvidence.Source> evidence;

    @Test
    void aDraftIsOpenToCommentThenItsSummaryAndWhatWasDoneArePublished() throws Exception {
        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        UUID id = surveys.create(officer, new SurveyDraft(Survey.Kind.CONSULTATION, Survey.Audience.PUBLIC, null,
                "ร่างแผนปฏิบัติการป้องกันการทุจริต ๒๕๗๑", null, null, null, null, null, null, false, null, null),
                new Questionnaire(List.of(new Section("ความคิดเห็น", null, List.of(
                        new Question("c1", QuestionType.LONG_TEXT, "ท่านเห็นว่าควรเพิ่มหรือแก้ไขอะไร", null, true, null, null,
                                null, null, null, 0, false))))), null);
        String console = "/console/surveys/" + id + "/consultation";

        String refused = mvc.perform(post(console).with(as(t)).with(csrf()).param("subject", "PLAN")
                        .param("draftText", "สาระของร่าง").param("draftLink", "javascript:alert(1)"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(refused).select("#draftText").text()).isEqualTo("สาระของร่าง");
        assertThat(refused).contains("ที่อยู่เว็บต้องขึ้นต้นด้วย http:// หรือ https://");
        mvc.perform(post(console).with(as(t)).with(csrf()).param("subject", "PLAN")
                .param("draftText", "มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต\nมิติที่ ๒ การบริหารราชการ")
                .param("draftLink", "https://example.org/draft.pdf")).andExpect(status().is3xxRedirection());
        surveys.open(officer, id);

        String portal = "/" + t.organisation().slug() + "/consultations";
        assertThat(page(portal)).contains("ร่างแผนปฏิบัติการป้องกันการทุจริต ๒๕๗๑");
        String one = page(portal + "/" + id);
        assertThat(one).contains("มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต").contains("/surveys/" + id + "/answer");
        mvc.perform(post("/" + t.organisation().slug() + "/surveys/" + id + "/answer").with(csrf())
                .param("a.c1", "ควรมีโครงการอบรมผู้นำชุมชน ความเห็นส่วนตัวของนายสมชาย")).andExpect(status().isOk());

        String early = mvc.perform(post(console + "/summary").with(as(t)).with(csrf()).param("summary", "มีผู้เสนอให้อบรมผู้นำชุมชน")
                        .param("actions", "เพิ่มโครงการอบรมผู้นำชุมชนในมิติที่ ๑").param("publish", "true"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(early).select("#summary").text()).isEqualTo("มีผู้เสนอให้อบรมผู้นำชุมชน");
        surveys.close(officer, id);
        mvc.perform(post(console + "/summary").with(as(t)).with(csrf()).param("summary", "มีผู้เสนอให้อบรมผู้นำชุมชน")
                .param("actions", "เพิ่มโครงการอบรมผู้นำชุมชนในมิติที่ ๑").param("publish", "true"))
                .andExpect(status().is3xxRedirection());

        String summarised = page(portal + "/" + id);
        assertThat(summarised).contains("มีผู้เสนอให้อบรมผู้นำชุมชน").contains("เพิ่มโครงการอบรมผู้นำชุมชนในมิติที่ ๑")
                .doesNotContain("นายสมชาย");
        List<PublishedEvidence> found = evidence.stream().filter(s -> s.sources().contains("public-consultation"))
                .flatMap(s -> s.evidence(t.id(), t.organisation().slug(), FiscalYear.containing(surveys.today())).stream()).toList();
        assertThat(found).extracting(PublishedEvidence::path).containsExactly(portal + "/" + id);

        mvc.perform(get(console).with(authentication(principals.authentication(fixtures.create().username(Role.INTEGRITY_OFFICER)))))
                .andExpect(status().isNotFound());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(Tenant t) {
        return authentication(principals.authentication(t.username(Role.INTEGRITY_OFFICER)));
    }
}

package org.sujarit.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * The ITA rehearsal on real PostgreSQL: surveys made from templates (a unit's staff for their unit,
 * a post-test paired with its pre-test), the IIT scored per indicator from known answers, the ITA
 * page with its chart, table and sample, kept from other tenants, and a platform admin's template
 * refused when broken and offered to officers once loaded.
 */
@WebTest
class ItaRehearsalTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired SurveyTemplates templates;
    @Autowired Surveys surveys;
    @Autowired Answering answering;
    @Autowired ItaScores scores;
    @Autowired JdbcClient jdbc;

    @Test
    void theIitScoresEachIndicatorAsTheMeanOfItsItemsLevelScores() throws Exception {
        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        UUID id = templates.create(officer, "iit-2569", null);
        surveys.open(officer, id);
        Surveys.View view = surveys.view(officer, id);
        assertThat(view.survey().templateKey()).isEqualTo("iit-2569");
        assertThat(view.survey().minAnswers()).isEqualTo(10);
        Answering.Form form = new Answering.Form(view.survey(), view.questions());
        for (int r = 0; r < 9; r++) {
            assertThat(answering.keep(form, iit(r), Survey.Channel.INVITATION).kept()).isTrue();
        }
        assertThat(scores.of(officer, id).withheld()).isTrue();
        answering.keep(form, iit(9), Survey.Channel.INVITATION);

        // Ten respondents (r = 0 … 9); levels score 100 / 71.66 / 28.33 / 0, "มี" 0 and "ไม่มี" 100:
        // duty: i1–i6 all "มากที่สุด" = 100 each; b1 "มี" once = (9 × 100) / 10 = 90; b2, b3 = 100
        //       → (6 × 100 + 90 + 100 + 100) / 9 = 890 / 9 = 98.89
        // budget: i7–i12 half "มากที่สุด", half "มาก" = (5 × 100 + 5 × 71.66) / 10 = 85.83
        // power: i13–i18 all "น้อย" = 28.33;  assets: i19–i24 all "น้อยที่สุดหรือไม่มีเลย" = 0
        // corruption: i25–i30 four "มากที่สุด", six "มาก" = (400 + 429.96) / 10 = 82.996 → 83.00
        // overall, equal weights: (98.888… + 85.83 + 28.33 + 0 + 82.996) / 5 = 59.21, below 85
        ItaScores.Card card = scores.of(officer, id);
        assertThat(card.respondents()).isEqualTo(10);
        assertThat(card.scores().indicators()).extracting(s -> s.score().toPlainString())
                .containsExactly("98.89", "85.83", "28.33", "0.00", "83.00");
        assertThat(card.scores().indicators()).extracting(ItaScores.IndicatorScore::passes)
                .containsExactly(true, true, false, false, false);
        assertThat(card.scores().indicators()).extracting(ItaScores.IndicatorScore::items).containsExactly(9, 6, 6, 6, 6);
        assertThat(card.scores().overall()).isEqualByComparingTo("59.21");
        assertThat(card.scores().passes()).isFalse();

        String page = ThaiDigits.toArabic(mvc.perform(get("/console/surveys/{id}/ita", id).with(as(t.username(Role.INTEGRITY_OFFICER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("<svg", "98.89", "85.83", "59.21", "ยังไม่ถึงเกณฑ์", "การใช้ทรัพย์สินของราชการ",
                "ยังไม่ได้ยืนยัน", "ไม่ใช่ถ้อยคำของ ป.ป.ช.");
    }

    @Test
    void theEitPageShowsTheSampleForTheLaosKindAndWhetherItIsReached() throws Exception {
        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        UUID id = templates.create(officer, "eit-2569", null);
        surveys.open(officer, id);
        for (int r = 0; r < 3; r++) {
            Map<String, List<String>> answers = new HashMap<>();
            answers.put("a.type", List.of("0"));
            answers.put("a.b1", List.of("1"));
            for (int e = 1; e <= 14; e++) {
                answers.put("a.e" + e, List.of("0"));
            }
            assertThat(answering.answer(t.id(), id, answers).kept()).isTrue();
        }
        ItaScores.Card card = scores.of(officer, id);
        assertThat(card.scores().overall()).isEqualByComparingTo("100.00");
        assertThat(card.targets()).containsExactly(new ItaSample.Target("M", 70, false), new ItaSample.Target("S", 60, false));
        String page = ThaiDigits.toArabic(mvc.perform(get("/console/surveys/{id}/ita", id).with(as(t.username(Role.INTEGRITY_OFFICER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("ขนาด M: อย่างน้อย 70 คน", "ยังขาด 67 คน", "ขนาด S: อย่างน้อย 60 คน", "ผ่านเกณฑ์ 85.00");

        Tenant other = fixtures.create();
        mvc.perform(get("/console/surveys/{id}/ita", id).with(as(other.username(Role.INTEGRITY_OFFICER))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/surveys/{id}/ita", id).with(as(t.username(Role.UNIT_STAFF))))
                .andExpect(status().isNotFound());
        UUID plain = templates.create(officer, "info-centre-2569", null);
        mvc.perform(get("/console/surveys/{id}/ita", plain).with(as(t.username(Role.INTEGRITY_OFFICER))))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOfficerOrAUnitsStaffMakeADraftFromATemplateAndAPostTestPairsWithItsPreTest() throws Exception {
        Tenant t = fixtures.create();
        String officer = t.username(Role.INTEGRITY_OFFICER);
        assertThat(templates.forYear(new FiscalYear(2568))).extracting(SurveyTemplate::key).doesNotContain("eit-2569", "iit-2569");
        assertThat(templates.forYear(new FiscalYear(2571))).extracting(SurveyTemplate::key)
                .startsWith("eit-2569", "iit-2569").contains("info-centre-2569", "coi-test-2569");
        String list = ThaiDigits.toArabic(mvc.perform(get("/console/surveys/templates").with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list).contains("ซ้อม ITA แบบ IIT", "แบบสำรวจความพึงพอใจการใช้บริการศูนย์ข้อมูลข่าวสาร",
                "แบบทดสอบความรู้เรื่องผลประโยชน์ทับซ้อน", "/console/surveys/templates/eit-2569");

        String created = mvc.perform(post("/console/surveys/templates/{key}", "info-centre-2569").with(csrf()).with(as(officer)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(created.substring("/console/surveys/".length()));
        Surveys.View view = surveys.view(principals.principal(officer), id);
        assertThat(view.survey().status()).isEqualTo(Survey.Status.DRAFT);
        assertThat(view.survey().titleTh()).isEqualTo("แบบสำรวจความพึงพอใจการใช้บริการศูนย์ข้อมูลข่าวสาร");
        assertThat(view.questions()).isEqualTo(templates.find("info-centre-2569").orElseThrow().questions());

        String unitStaff = t.username(Role.UNIT_STAFF);
        String byUnit = mvc.perform(post("/console/surveys/templates/{key}", "complaint-2569").with(csrf()).with(as(unitStaff)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(surveys.view(principals.principal(unitStaff), UUID.fromString(byUnit.substring(17))).survey().unitId())
                .isEqualTo(t.workUnit().id().value());

        UUID pre = templates.create(principals.principal(officer), "coi-test-2569", null);
        String paired = mvc.perform(post("/console/surveys/templates/{key}", "coi-test-2569").param("preTestId", pre.toString())
                        .with(csrf()).with(as(officer)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Survey post = surveys.view(principals.principal(officer), UUID.fromString(paired.substring(17))).survey();
        assertThat(post.preTestId()).isEqualTo(pre);
        assertThat(post.passMark()).isEqualByComparingTo("60");
        assertThat(post.titleTh()).endsWith("(หลังการอบรม)");

        Tenant other = fixtures.create();
        UUID othersTest = templates.create(principals.principal(other.username(Role.INTEGRITY_OFFICER)), "coi-test-2569", null);
        mvc.perform(post("/console/surveys/templates/{key}", "coi-test-2569").param("preTestId", othersTest.toString())
                        .with(csrf()).with(as(officer)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/console/surveys/templates/{key}", "no-such-2569").with(csrf()).with(as(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/surveys/templates").with(as(t.username(Role.EXECUTIVE)))).andExpect(status().isForbidden());
    }

    @Test
    void aPlatformAdminsTemplateIsRefusedWhenBrokenAndOfferedToOfficersOnceLoaded() throws Exception {
        String family = "walk-in-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36);
        String file = """
                family: %s
                year: 2569
                kind: SURVEY
                audience: PUBLIC
                title: {th: "แบบสำรวจผู้มาติดต่อ %s", en: "Walk-in survey"}
                sections:
                  - th: "ความพึงพอใจ"
                    questions:
                      - {key: speed, type: LIKERT_5, th: "ความรวดเร็วในการให้บริการ"}
                      - {key: kind, type: SINGLE, th: "ท่านเป็น", choices: ["ประชาชน", "ผู้ประกอบการ"]}
                """.formatted(family, family);
        Tenant t = fixtures.create();
        mvc.perform(multipart("/admin/survey-templates").file(upload(file)).with(csrf()).with(as(t.username(Role.INTEGRITY_OFFICER))))
                .andExpect(status().isForbidden());

        String broken = mvc.perform(multipart("/admin/survey-templates").file(upload(file.replace(", \"ผู้ประกอบการ\"", "")))
                        .with(csrf()).with(as("platform.admin")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(broken).contains("คำถามหรือการตั้งค่าในแม่แบบขัดกับกติกาของแบบสอบถาม", "ตำแหน่งในไฟล์: kind");
        String notYaml = mvc.perform(multipart("/admin/survey-templates").file(upload("family: [\n")).with(csrf()).with(as("platform.admin")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(notYaml).contains("ไฟล์นี้ไม่ใช่ YAML ที่อ่านได้");
        mvc.perform(multipart("/admin/survey-templates").with(csrf()).with(as("platform.admin")))
                .andExpect(status().isUnprocessableContent());
        assertThat(templates.find(family + "-2569")).isEmpty();

        mvc.perform(multipart("/admin/survey-templates").file(upload(file)).with(csrf()).with(as("platform.admin")))
                .andExpect(status().is3xxRedirection());
        String again = mvc.perform(multipart("/admin/survey-templates").file(upload(file)).with(csrf()).with(as("platform.admin")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("มีแม่แบบรหัสและปีนี้อยู่แล้ว");
        String admin = ThaiDigits.toArabic(mvc.perform(get("/admin/survey-templates").with(as("platform.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(admin).contains(family + "-2569", "iit-2569", "มากับระบบ", "โหลดเมื่อ");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'survey-template.loaded' and record_id = ?")
                .param(family + "-2569").query(Long.class).single()).isEqualTo(1);

        String officers = ThaiDigits.toArabic(mvc.perform(get("/console/surveys/templates").with(as(t.username(Role.INTEGRITY_OFFICER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(officers).contains("แบบสำรวจผู้มาติดต่อ " + family);
        String created = mvc.perform(post("/console/surveys/templates/{key}", family + "-2569").with(csrf())
                        .with(as(t.username(Role.INTEGRITY_OFFICER))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(surveys.view(principals.principal(t.username(Role.INTEGRITY_OFFICER)), UUID.fromString(created.substring(17)))
                .questions().questions()).extracting(Question::key).containsExactly("speed", "kind");
    }

    /** Respondent {@code r} of ten: the answers worked out by hand in the scoring test. */
    private static Map<String, List<String>> iit(int r) {
        Map<String, List<String>> answers = new HashMap<>();
        for (int i = 1; i <= 30; i++) {
            int level = i <= 6 ? 0 : i <= 12 ? (r < 5 ? 0 : 1) : i <= 18 ? 2 : i <= 24 ? 3 : (r < 4 ? 0 : 1);
            answers.put("a.i" + i, List.of(String.valueOf(level)));
        }
        answers.put("a.b1", List.of(r == 0 ? "0" : "1"));
        answers.put("a.b2", List.of("1"));
        answers.put("a.b3", List.of("1"));
        return answers;
    }

    private static MockMultipartFile upload(String yaml) {
        return new MockMultipartFile("file", "template.yml", "application/x-yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private RequestPostProcessor as(String username) {
        return authentication(principals.authentication(username));
    }
}

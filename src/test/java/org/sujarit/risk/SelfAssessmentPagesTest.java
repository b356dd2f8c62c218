package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.audit.AuditEvent;
import org.sujarit.audit.AuditTrail;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.SelfAssessmentFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** The ปค.๔ pages as the internal auditor and the integrity officer fill them in and others read them. */
@WebTest
class SelfAssessmentPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired SelfAssessmentFixture selfAssessments;
    @Autowired ControlSelfAssessments assessments;
    @Autowired AuditTrail trail;

    @Test
    void theInternalAuditorSavesAllSeventeenPrinciplesAndEveryoneReadsThemBack() throws Exception {
        Tenant t = fixtures.create();
        MockHttpServletRequestBuilder form = post("/console/risk/self-assessment/2567").with(csrf()).with(as(t, Role.INTERNAL_AUDITOR));
        for (int i = 0; i < 17; i++) {
            form.param("principles[" + i + "].result", i == 7 ? "NEEDS_IMPROVEMENT" : i == 10 ? "NOT_APPLICABLE" : "ADEQUATE")
                    .param("principles[" + i + "].conclusion", i == 7 ? "  ยังไม่มีแผนประเมินความเสี่ยงการทุจริตของกองคลัง  " : "");
        }
        form.param("components[1].conclusion", "การประเมินความเสี่ยงครอบคลุมเกือบทุกกอง")
                .param("overall", "ระบบการควบคุมภายในเพียงพอ ยกเว้นหลักการที่ 8")
                .param("assessorName", "นางสาวตรวจสอบ ภายใน").param("assessorPosition", "นักวิชาการตรวจสอบภายใน")
                .param("assessedOn", "15 ต.ค. 2567");
        mvc.perform(form).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/console/risk/self-assessment/2567"))
                .andExpect(flash().attribute("notice", "pk4.saved"));

        SelfAssessment saved = assessments.view(t.id(), 2567);
        assertThat(saved.answered()).isEqualTo(17);
        assertThat(saved.complete()).isTrue();
        assertThat(saved.needingImprovement()).isEqualTo(1);
        SelfAssessment.Answer eight = saved.components().get(1).answers().get(2);
        assertThat(eight.principle().number()).isEqualTo(8);
        assertThat(eight.result()).isEqualTo(ControlResult.NEEDS_IMPROVEMENT);
        assertThat(eight.conclusion()).isEqualTo("ยังไม่มีแผนประเมินความเสี่ยงการทุจริตของกองคลัง");
        assertThat(saved.components().get(0).answers().get(0).conclusion()).isNull();
        assertThat(saved.components().get(1).conclusion()).isEqualTo("การประเมินความเสี่ยงครอบคลุมเกือบทุกกอง");
        assertThat(saved.assessedOn()).isEqualTo(LocalDate.of(2024, 10, 15));
        assertThat(saved.updatedBy()).isEqualTo("INTERNAL_AUDITOR " + t.marker());
        assertThat(trail.recent(t.id(), 10)).extracting(AuditEvent::action).contains("risk.self-assessed");

        String page = mvc.perform(get("/console/risk/self-assessment/2567").with(as(t, Role.EXECUTIVE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(page).contains("ประเมินแล้ว 17 จาก 17 หลักการ").contains(">ครบถ้วน<").contains("ควรปรับปรุง 1 หลักการ")
                .contains("หลักการที่ 4 องค์กรจูงใจ รักษาไว้ และพัฒนาพนักงาน")
                .contains("องค์ประกอบที่ 5 กิจกรรมกำกับติดตามและประเมินผล")
                .contains(">ยังไม่มีแผนประเมินความเสี่ยงการทุจริตของกองคลัง</textarea>")
                .contains("name=\"principles[7].result\" value=\"NEEDS_IMPROVEMENT\" checked=\"checked\"")
                .contains("วันที่ที่บันทึกไว้: 15 ตุลาคม 2567").contains("value=\"15/10/2567\"")
                .contains("<fieldset class=\"stack plain\" disabled")
                .contains("แสดงเพื่ออ่านเท่านั้น")
                .contains("/console/risk/self-assessment/2567.pdf");

        String years = mvc.perform(get("/console/risk/self-assessment").with(as(t, Role.COUNCIL_MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(years).contains("href=\"/console/risk/self-assessment/2567\"").contains("ประเมินแล้ว 17 จาก 17 หลักการ");
        assertThat(mvc.perform(get("/console/risk").with(as(t, Role.UNIT_STAFF))).andReturn().getResponse()
                .getContentAsString().transform(ThaiDigits::toArabic)).contains("href=\"/console/risk/self-assessment\"");
    }

    @Test
    void aYearNobodyAnsweredShowsEveryPrincipleNotYetAssessed() throws Exception {
        Tenant t = fixtures.create();
        String page = mvc.perform(get("/console/risk/self-assessment/2568").with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(page).contains("ประเมินแล้ว 0 จาก 17 หลักการ").contains("หลักการที่ 17 ประเมินและสื่อสารข้อบกพร่อง")
                .contains("ณ วันที่ 30 กันยายน 2568").doesNotContain(" checked").doesNotContain("disabled")
                .doesNotContain(".pdf");
        assertThat(page.split("type=\"radio\"", -1)).hasSize(17 * 3 + 1);
        mvc.perform(get("/console/risk/self-assessment/2568.pdf").with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/risk/self-assessment/1999").with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void needsImprovementWithoutAConclusionIsRefusedKeepingEverythingTyped() throws Exception {
        Tenant t = fixtures.create();
        String page = mvc.perform(post("/console/risk/self-assessment/2567").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                        .param("principles[0].result", "ADEQUATE").param("principles[0].conclusion", "มีประมวลจริยธรรมที่ประกาศแล้ว")
                        .param("principles[2].result", "NEEDS_IMPROVEMENT").param("principles[2].conclusion", "   ")
                        .param("principles[5].conclusion", "ข้อสรุปที่ยังไม่เลือกผล")
                        .param("overall", "ผลโดยรวมที่พิมพ์ไว้").param("assessorName", "ชื่อที่พิมพ์ไว้")
                        .param("assessedOn", "2024-10-15"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(page).contains("หลักการที่ 3: ผลการประเมิน &quot;ควรปรับปรุง&quot; ต้องมีข้อสรุปว่าควรปรับปรุงเรื่องใด")
                .contains("หลักการที่ 6: เลือกผลการประเมินให้ข้อสรุปที่พิมพ์ไว้")
                .contains("href=\"#principles2.conclusion\"").contains("href=\"#principles5.result\"")
                .contains(">มีประมวลจริยธรรมที่ประกาศแล้ว</textarea>").contains(">ข้อสรุปที่ยังไม่เลือกผล</textarea>")
                .contains("name=\"principles[2].result\" value=\"NEEDS_IMPROVEMENT\" checked=\"checked\"")
                .contains(">ผลโดยรวมที่พิมพ์ไว้</textarea>").contains("value=\"ชื่อที่พิมพ์ไว้\"").contains("value=\"15/10/2567\"");
        assertThat(assessments.view(t.id(), 2567).started()).isFalse();
    }

    @Test
    void malformedValuesComeBackAsFieldErrorsKeepingTheRest() throws Exception {
        Tenant t = fixtures.create();
        String date = mvc.perform(post("/console/risk/self-assessment/2567").with(csrf()).with(as(t, Role.INTERNAL_AUDITOR))
                        .param("principles[0].result", "ADEQUATE").param("principles[0].conclusion", "ข้อสรุปที่พิมพ์ไว้")
                        .param("overall", "ผลโดยรวมที่พิมพ์ไว้").param("assessedOn", "15/10/2024"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(date).contains("ปี 2024 เป็นปีคริสต์ศักราช โปรดกรอกปีพุทธศักราช ซึ่งน่าจะเป็น 2567")
                .contains("value=\"15/10/2024\"")
                .contains(">ข้อสรุปที่พิมพ์ไว้</textarea>").contains(">ผลโดยรวมที่พิมพ์ไว้</textarea>")
                .contains("name=\"principles[0].result\" value=\"ADEQUATE\" checked=\"checked\"").doesNotContain("Exception");
        String result = mvc.perform(post("/console/risk/self-assessment/2567").with(csrf()).with(as(t, Role.INTERNAL_AUDITOR))
                        .param("principles[4].result", "EXCELLENT").param("principles[4].conclusion", "ข้อสรุปที่พิมพ์ไว้"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(result).contains("ค่าที่กรอกไม่ถูกต้อง").contains("href=\"#principles4.result\"")
                .contains(">ข้อสรุปที่พิมพ์ไว้</textarea>");
        String early = mvc.perform(post("/console/risk/self-assessment/2567").with(csrf()).with(as(t, Role.INTERNAL_AUDITOR))
                        .param("assessedOn", "2023-09-30"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(early).contains("วันที่ประเมินต้องไม่ก่อนวันเริ่มปีงบประมาณ");
        assertThat(assessments.view(t.id(), 2567).started()).isFalse();
    }

    @Test
    void onlyTheIntegrityOfficerAndTheInternalAuditorMayChangeIt() throws Exception {
        Tenant t = fixtures.create();
        selfAssessments.answered(t);
        for (Role reader : new Role[] {Role.EXECUTIVE, Role.COUNCIL_MEMBER, Role.UNIT_STAFF, Role.TENANT_ADMIN}) {
            mvc.perform(post("/console/risk/self-assessment/2566").with(csrf()).with(as(t, reader))
                            .param("principles[0].result", "NEEDS_IMPROVEMENT").param("principles[0].conclusion", "แก้โดยผู้ไม่มีสิทธิ์"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/console/risk/self-assessment/2567/from-previous-year").with(csrf()).with(as(t, reader)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/console/risk/self-assessment/2566").with(as(t, reader))).andExpect(status().isOk());
        }
        assertThat(assessments.view(t.id(), 2566).components().get(0).answers().get(0).result()).isEqualTo(ControlResult.ADEQUATE);
        assertThat(assessments.view(t.id(), 2567).started()).isFalse();

        mvc.perform(post("/console/risk/self-assessment/2566").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                        .param("principles[0].result", "NOT_APPLICABLE"))
                .andExpect(status().is3xxRedirection());
        SelfAssessment changed = assessments.view(t.id(), 2566);
        assertThat(changed.answered()).as("the form is the whole year: principles left out are not assessed").isEqualTo(1);
        assertThat(changed.complete()).isFalse();
        assertThat(changed.updatedBy()).isEqualTo("INTEGRITY_OFFICER " + t.marker());
    }

    @Test
    void aYearStartsFromLastYearsAnswersAsADraftToReview() throws Exception {
        Tenant t = fixtures.create();
        selfAssessments.answered(t);
        String before = mvc.perform(get("/console/risk/self-assessment/2567").with(as(t, Role.INTERNAL_AUDITOR)))
                .andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(before).contains("เริ่มจากคำตอบของปีงบประมาณ 2566");

        mvc.perform(post("/console/risk/self-assessment/2567/from-previous-year").with(csrf()).with(as(t, Role.INTERNAL_AUDITOR)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "pk4.carriedOver"));
        SelfAssessment draft = assessments.view(t.id(), 2567);
        assertThat(draft.answered()).isEqualTo(17);
        assertThat(draft.complete()).as("the overall result is the assessor's to write again").isFalse();
        assertThat(draft.overall()).isNull();
        assertThat(draft.assessedOn()).isNull();
        assertThat(draft.assessorName()).isEqualTo("นายผู้ประเมิน " + t.marker());
        assertThat(draft.carriedFrom()).isEqualTo(2566);
        assertThat(draft.components().get(1).answers().get(2).result()).isEqualTo(ControlResult.NEEDS_IMPROVEMENT);
        assertThat(draft.components().get(1).answers().get(2).conclusion()).isEqualTo(SelfAssessmentFixture.conclusion(8, t.marker()));
        assertThat(draft.components().get(0).conclusion()).isEqualTo("สภาพแวดล้อมการควบคุมเหมาะสม " + t.marker());

        String page = mvc.perform(get("/console/risk/self-assessment/2567").with(as(t, Role.INTERNAL_AUDITOR)))
                .andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(page).contains("คำตอบคัดลอกมาจากปีงบประมาณ 2566").doesNotContain("เริ่มจากคำตอบของปีงบประมาณ 2566");

        mvc.perform(post("/console/risk/self-assessment/2567/from-previous-year").with(csrf()).with(as(t, Role.INTERNAL_AUDITOR)))
                .andExpect(flash().attribute("problem", "pk4.carryOver.started"));
        mvc.perform(post("/console/risk/self-assessment/2570/from-previous-year").with(csrf()).with(as(t, Role.INTERNAL_AUDITOR)))
                .andExpect(flash().attribute("problem", "pk4.carryOver.nothing"));
        assertThat(assessments.view(t.id(), 2570).started()).isFalse();
        assertThat(assessments.view(t.id(), 2566).overall()).isEqualTo("ผลการประเมินโดยรวมเพียงพอ " + t.marker());
    }

    private RequestPostProcessor as(Tenant t, Role role) {
        return authentication(principals.authentication(t.username(role)));
    }
}

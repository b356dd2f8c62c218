package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.risk.RiskContent.MeasureContent;
import org.sujarit.risk.RiskTypes.Band;
import org.sujarit.risk.RiskTypes.Change;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.PlanFixture;
import org.sujarit.support.RiskFixture;
import org.sujarit.support.RiskFixture.TenantWithRisk;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/** The risk pages, portal and JSON as officers, unit staff, executives and citizens use them. */
@WebTest
class RiskPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired PlanFixture plans;
    @Autowired RiskFixture riskFixture;
    @Autowired RiskAssessments risks;
    @Autowired Organisations organisations;

    @Test
    void anOfficerStartsAYearRatesARiskAndLinksAMeasureToThePlan() throws Exception {
        TenantWithRisk t = withRisk();
        UUID matrix = risks.matrix("NACC_3X3").orElseThrow().id();
        mvc.perform(post("/console/risk").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                        .param("fiscalYear", "2568").param("matrixId", matrix.toString()))
                .andExpect(status().is3xxRedirection());
        String location = mvc.perform(riskForm(post("/console/risk/2568/risks"), t).param("likelihood", "3").param("impact", "2"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/console/risk/2568/risks/");
        UUID riskId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post(location + "/measures").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                        .param("measure", "ประกาศเจตนารมณ์ไม่รับของขวัญ").param("periodText", "ต.ค. ๖๗ – ก.ย. ๖๘")
                        .param("periodFrom", "2567-10-01").param("periodTo", "2568-09-30")
                        .param("unitId", t.tenant().workUnit().id().toString())
                        .param("planItemKey", t.plan().item().key().toString()))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get(location).with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(page).contains("คะแนนความเสี่ยง 3 × 2 = 6").contains(">ปานกลาง<")
                .contains("ดำเนินการผ่านแผน: 1.1 " + t.plan().item().content().name()).contains("ประกาศเจตนารมณ์ไม่รับของขวัญ")
                .contains("ผลในแผน รอบที่ 1: อยู่ระหว่างดำเนินการ");
        String fixtureRisk = mvc.perform(get("/console/risk/2566/risks/" + t.riskId()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(fixtureRisk).contains("รอบที่ 1: อยู่ระหว่างดำเนินการ ร้อยละ 40");
        RiskView risk = risks.view(t.tenant().id(), 2568).orElseThrow().risks().get(0);
        assertThat(risk.id()).isEqualTo(riskId);
        assertThat(risk.band()).isEqualTo(Band.MEDIUM);
        assertThat(risk.measures()).singleElement().satisfies(m -> {
            assertThat(m.planItemKey()).isEqualTo(t.plan().item().key());
            assertThat(m.unitId()).isEqualTo(t.tenant().workUnit().id().value());
        });

        String overview = mvc.perform(get("/console/risk/2568").with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(overview).contains("class=\"band-MEDIUM\"").contains("class=\"risk-dot\"")
                .contains("เหตุการณ์ที่พิมพ์ไว้").doesNotContain("ความเสี่ยงทดสอบ " + t.tenant().marker());
    }

    @Test
    void aRatingOutsideTheMatrixOrOnOneSideIsRefusedKeepingWhatWasTyped() throws Exception {
        TenantWithRisk t = withRisk();
        String outside = mvc.perform(riskForm(post("/console/risk/2566/risks/" + t.riskId()), t)
                        .param("likelihood", "4").param("impact", "2"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(outside).contains("ระดับต้องอยู่ในช่วงของเมทริกซ์ที่ใช้").contains(">เหตุการณ์ที่พิมพ์ไว้</textarea>");
        String oneSide = mvc.perform(riskForm(post("/console/risk/2566/risks/" + t.riskId()), t).param("likelihood", "2"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(oneSide).contains("ให้คะแนนทั้งสองด้าน หรือเว้นว่างทั้งสองด้าน").contains(">เหตุการณ์ที่พิมพ์ไว้</textarea>");
        RiskView unchanged = risks.view(t.tenant().id(), 2566).orElseThrow().risks().get(0);
        assertThat(unchanged.event()).isEqualTo("ความเสี่ยงทดสอบ " + t.tenant().marker());
        assertThat(unchanged.score()).isEqualTo(6);
    }

    @Test
    void malformedValuesComeBackAsFieldErrors() throws Exception {
        TenantWithRisk t = withRisk();
        String page = mvc.perform(post("/console/risk/2566/risks/" + t.riskId()).with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                        .param("area", "NOT_AN_AREA").param("mission", "CORE").param("event", "เหตุการณ์ที่พิมพ์ไว้")
                        .param("likelihood", "high").param("impact", "2").param("unitId", "nope").param("change", "NEW"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(page).contains("ค่าที่กรอกไม่ถูกต้อง").contains(">เหตุการณ์ที่พิมพ์ไว้</textarea>").doesNotContain("Exception");
        String measure = mvc.perform(post("/console/risk/2566/measures/" + t.measureId()).with(csrf())
                        .with(as(t, Role.INTEGRITY_OFFICER)).param("measure", "มาตรการที่พิมพ์ไว้").param("periodFrom", "31/12")
                        .param("planItemKey", "x"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(measure).contains("ค่าที่กรอกไม่ถูกต้อง").contains(">มาตรการที่พิมพ์ไว้</textarea>");
    }

    @Test
    void aMeasuresPeriodIsTypedAndShownInTheBuddhistEra() throws Exception {
        TenantWithRisk t = withRisk();
        String measure = "/console/risk/2566/measures/" + t.measureId();
        mvc.perform(post(measure).with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)).param("measure", "มาตรการ")
                        .param("periodFrom", "1 ต.ค. 65").param("periodTo", "๓๐/๐๙/๒๕๖๖"))
                .andExpect(status().is3xxRedirection());
        RiskView.Measure saved = risks.view(t.tenant().id(), 2566).orElseThrow().risks().get(0).measures().get(0);
        assertThat(saved.periodFrom()).isEqualTo(java.time.LocalDate.of(2022, 10, 1));
        assertThat(saved.periodTo()).isEqualTo(java.time.LocalDate.of(2023, 9, 30));
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(get(measure).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#periodFrom").val()).isEqualTo("01/10/2565");
        assertThat(page.select("#periodTo").attr("type")).isEqualTo("text");
        assertThat(page.select("#periodTo").val()).isEqualTo("30/09/2566");
        assertThat(page.select("#" + page.select("#periodTo").attr("aria-describedby")).text())
                .isEqualTo(org.sujarit.shared.NumeralStyle.THAI.apply("วว/ดด/ปปปป พ.ศ. เช่น 31/12/2569"));

        org.jsoup.nodes.Document refused = org.jsoup.Jsoup.parse(mvc.perform(post(measure).with(csrf())
                        .with(as(t, Role.INTEGRITY_OFFICER)).param("measure", "มาตรการที่พิมพ์ไว้")
                        .param("periodFrom", "1/10/2022").param("periodTo", "30 กันยา"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#periodFrom").val()).isEqualTo("1/10/2022");
        assertThat(refused.select("#periodFrom-error").text())
                .isEqualTo(org.sujarit.shared.NumeralStyle.THAI.apply("ปี 2022 เป็นปีคริสต์ศักราช โปรดกรอกปีพุทธศักราช ซึ่งน่าจะเป็น 2565"));
        assertThat(refused.select("#periodTo").val()).isEqualTo("30 กันยา");
        assertThat(refused.select("#periodTo-error").text()).startsWith("อ่านวันที่นี้ไม่ได้");
        assertThat(refused.select("#periodTo").attr("aria-describedby")).contains("periodTo-error");
        assertThat(refused.select("#measure").text()).isEqualTo("มาตรการที่พิมพ์ไว้");
        assertThat(risks.view(t.tenant().id(), 2566).orElseThrow().risks().get(0).measures().get(0).periodFrom())
                .isEqualTo(java.time.LocalDate.of(2022, 10, 1));
    }

    @Test
    void aMeasureMayNotEndBeforeItStartsNorLinkAnotherTenantsPlanItem() throws Exception {
        TenantWithRisk t = withRisk();
        TenantWithRisk other = withRisk();
        String backwards = mvc.perform(post("/console/risk/2566/measures/" + t.measureId()).with(csrf())
                        .with(as(t, Role.INTEGRITY_OFFICER)).param("measure", "มาตรการ").param("periodFrom", "2566-05-01")
                        .param("periodTo", "2566-01-01"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(backwards).contains("วันสิ้นสุดต้องไม่ก่อนวันเริ่ม");
        String foreign = mvc.perform(post("/console/risk/2566/measures/" + t.measureId()).with(csrf())
                        .with(as(t, Role.INTEGRITY_OFFICER)).param("measure", "มาตรการ")
                        .param("planItemKey", other.plan().item().key().toString()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(foreign).contains("ไม่พบรายการนี้ในแผนของหน่วยงาน");
        assertThat(risks.view(t.tenant().id(), 2566).orElseThrow().risks().get(0).measures().get(0).planItemKey())
                .isEqualTo(t.plan().item().key());
    }

    @Test
    void aYearCarriedOverCopiesRisksAndMeasuresButNotMonitoring() throws Exception {
        TenantWithRisk t = withRisk();
        mvc.perform(post("/console/risk").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                        .param("fiscalYear", "2567").param("fromYear", "2566"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "risk.created"));
        AssessmentView carried = risks.view(t.tenant().id(), 2567).orElseThrow();
        assertThat(carried.published()).isFalse();
        assertThat(carried.matrix().code()).isEqualTo("NACC_3X3");
        assertThat(carried.risks()).singleElement().satisfies(r -> {
            assertThat(r.event()).isEqualTo("ความเสี่ยงทดสอบ " + t.tenant().marker());
            assertThat(r.change()).isEqualTo(Change.UNCHANGED);
            assertThat(r.score()).isEqualTo(6);
            assertThat(r.measures()).singleElement().satisfies(m -> {
                assertThat(m.planItemKey()).isEqualTo(t.plan().item().key());
                assertThat(m.round(1)).isNull();
            });
        });
        String taken = mvc.perform(post("/console/risk").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                        .param("fiscalYear", "2567").param("fromYear", "2566"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(taken).contains("ปีงบประมาณนี้มีการประเมินความเสี่ยงอยู่แล้ว");
        String backwards = mvc.perform(post("/console/risk").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                        .param("fiscalYear", "2565").param("fromYear", "2566"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(backwards).contains("ต่อยอดได้จากปีที่ก่อนหน้าปีใหม่เท่านั้น");
    }

    @Test
    void theFiveByFiveMatrixScoresToTwentyFive() throws Exception {
        TenantWithRisk t = withRisk();
        UUID matrix = risks.matrix("LIKELIHOOD_IMPACT_5X5").orElseThrow().id();
        mvc.perform(post("/console/risk").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                        .param("fiscalYear", "2569").param("matrixId", matrix.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(riskForm(post("/console/risk/2569/risks"), t).param("likelihood", "5").param("impact", "5"))
                .andExpect(status().is3xxRedirection());
        RiskView risk = risks.view(t.tenant().id(), 2569).orElseThrow().risks().get(0);
        assertThat(risk.score()).isEqualTo(25);
        assertThat(risk.band()).isEqualTo(Band.HIGH);
        String overview = mvc.perform(get("/console/risk/2569").with(as(t, Role.EXECUTIVE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(overview.split("<th scope=\"row\"")).hasSize(6);
        assertThat(overview).contains(">25<");
    }

    @Test
    void unitStaffMonitorTheirOwnUnitsMeasuresOnly() throws Exception {
        TenantWithRisk t = withRisk();
        mvc.perform(post("/console/risk/2566/measures/" + t.measureId() + "/rounds/2").with(csrf()).with(as(t, Role.UNIT_STAFF))
                        .param("status", "DONE").param("progressPct", "100").param("result", "ดำเนินการครบ")
                        .param("controlQuality", "GOOD"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "risk.monitored"));
        RiskView.Monitoring round2 = measure(t).round(2);
        assertThat(round2.status()).isEqualTo("DONE");
        assertThat(round2.progressPct()).isEqualTo(100);
        assertThat(round2.controlQuality()).isEqualTo(RiskTypes.ControlQuality.GOOD);
        String page = mvc.perform(get("/console/risk/2566/measures/" + t.measureId()).with(as(t, Role.UNIT_STAFF)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(page).contains("ครบกำหนดรายงาน 30 เมษายน 2566").contains("ครบกำหนดรายงาน 31 ตุลาคม 2566")
                .contains("บันทึกล่าสุดโดย UNIT_STAFF " + t.tenant().marker()).contains(">ดำเนินการครบ</textarea>");

        UUID divisionMeasure = risks.addMeasure(t.tenant().id(), t.riskId(), new MeasureContent("มาตรการของกอง", null, null,
                null, null, null, null), t.tenant().division().id(), null);
        mvc.perform(post("/console/risk/2566/measures/" + divisionMeasure + "/rounds/1").with(csrf()).with(as(t, Role.UNIT_STAFF))
                        .param("status", "DONE").param("progressPct", "100"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/risk/2566/measures/" + t.measureId() + "/rounds/1").with(csrf()).with(as(t, Role.EXECUTIVE))
                        .param("status", "DONE").param("progressPct", "100"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/risk/2566/measures/" + t.measureId() + "/rounds/1").with(csrf()).with(as(t, Role.UNIT_STAFF))
                        .param("status", "DONE").param("progressPct", "150"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem", "risk.monitoring.invalid"));
        assertThat(measure(t).round(1).progressPct()).isEqualTo(40);
        mvc.perform(post("/console/risk/2566/measures/" + t.measureId() + "/rounds/3").with(csrf()).with(as(t, Role.UNIT_STAFF))
                        .param("status", "DONE").param("progressPct", "100"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem", "progress.round.invalid"));
    }

    @Test
    void onlyTheOfficerChangesTheAssessment() throws Exception {
        TenantWithRisk t = withRisk();
        for (Role role : new Role[] {Role.EXECUTIVE, Role.UNIT_STAFF, Role.TENANT_ADMIN, Role.COUNCIL_MEMBER}) {
            mvc.perform(get("/console/risk/2566").with(as(t, role))).andExpect(status().isOk());
            mvc.perform(post("/console/risk/2566/publish").with(csrf()).with(as(t, role))).andExpect(status().isForbidden());
            mvc.perform(riskForm(post("/console/risk/2566/risks/" + t.riskId()), t, role)).andExpect(status().isForbidden());
        }
        String readOnly = mvc.perform(get("/console/risk/2566/risks/" + t.riskId()).with(as(t, Role.EXECUTIVE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(readOnly).contains("แสดงเพื่ออ่านเท่านั้น").contains("disabled");
    }

    @Test
    void publishedTheAssessmentReachesThePortalAndJsonWithoutInternalNotes() throws Exception {
        TenantWithRisk t = withRisk();
        String slug = t.tenant().organisation().slug();
        String before = mvc.perform(get("/" + slug + "/risk")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(before).contains("ยังไม่ได้เผยแพร่ผลการประเมินความเสี่ยงการทุจริต").doesNotContain("ความเสี่ยงทดสอบ");
        mvc.perform(get("/api/v1/orgs/" + slug + "/risk-assessments/2566")).andExpect(status().isNotFound());

        mvc.perform(post("/console/risk/2566/publish").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "risk.published"));
        String marker = t.tenant().marker();
        String portal = mvc.perform(get("/" + slug + "/risk")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(portal).contains("ความเสี่ยงทดสอบ " + marker).contains("light-YELLOW").contains(">เหลือง<")
                .contains("ปัจจัยเสี่ยง " + marker).contains("มาตรการทดสอบ " + marker)
                .doesNotContain("หลักฐานภายใน").doesNotContain("การควบคุมภายใน " + marker).doesNotContain("ผลการติดตาม");
        String json = mvc.perform(get("/api/v1/orgs/" + slug + "/risk-assessments/2566")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(json).contains("\"trafficLight\":\"YELLOW\"").contains("\"score\":6").contains("\"band\":\"MEDIUM\"")
                .contains("มาตรการทดสอบ " + marker).doesNotContain("หลักฐานภายใน").doesNotContain("การควบคุมภายใน")
                .doesNotContain("ผลการติดตาม");

        String frozen = mvc.perform(riskForm(post("/console/risk/2566/risks/" + t.riskId()), t))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(frozen).contains("ถอนการเผยแพร่ก่อน");
        mvc.perform(post("/console/risk/2566/return-to-draft").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/orgs/" + slug + "/risk-assessments/2566")).andExpect(status().isNotFound());
        mvc.perform(get("/" + slug + "/risk/2566")).andExpect(status().isNotFound());
    }

    @Test
    void theChecksListWhatNeedsAttention() throws Exception {
        TenantWithRisk t = withRisk();
        risks.addMeasure(t.tenant().id(), t.riskId(), new MeasureContent("มาตรการที่ยังไม่มีหน่วยงาน", "ต.ค. ๖๙ – ก.ย. ๗๐",
                null, null, null, "กองที่ไม่มีในระบบ", null), null, null);
        String page = mvc.perform(get("/console/risk/2566").with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(page).contains("พบ 2 ประเด็นที่ควรตรวจสอบ").contains("มาตรการยังไม่ระบุหน่วยงานภายในที่รับผิดชอบ")
                .contains("ระยะเวลาของมาตรการอยู่นอกปีงบประมาณของการประเมิน");
    }

    @Test
    void aPlanItemShowsTheRisksItTreats() throws Exception {
        TenantWithRisk t = withRisk();
        String item = mvc.perform(get("/console/plan/items/" + t.plan().item().id()).with(as(t, Role.EXECUTIVE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(item).contains("ความเสี่ยงทดสอบ " + t.tenant().marker())
                .contains("/console/risk/2566/risks/" + t.riskId()).contains("มาตรการทดสอบ " + t.tenant().marker());

        Organisation banTom = organisations.findBySlug("bantom").orElseThrow();
        RiskView gifts = risks.published(banTom.id(), 2566).orElseThrow().risks().get(2);
        UUID noGift = gifts.measures().stream().map(RiskView.Measure::planItemKey).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow();
        String portal = mvc.perform(get("/bantom/plan/items/" + noGift)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(portal).contains(gifts.event()).contains("/bantom/risk/2566").contains("light-GREEN");
    }

    @Test
    void theJsonIsDescribedInOpenApiAndUnknownOrganisationsAreNotFound() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(doc).contains("/api/v1/orgs/{slug}/risk-assessments/{fiscalYear}");
        mvc.perform(get("/api/v1/orgs/no-such-town/risk-assessments/2566")).andExpect(status().isNotFound());
        mvc.perform(get("/no-such-town/risk")).andExpect(status().isNotFound());
        String json = mvc.perform(get("/api/v1/orgs/bantom/risk-assessments/2566")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(json).contains("\"matrix\":\"NACC_3X3\"").contains("ถนนคอนกรีตเสริมเหล็ก");
    }

    @Test
    void aNewYearDefaultsToTheSeedsThreeByThreeMatrix() throws Exception {
        TenantWithRisk t = withRisk();
        UUID nacc = risks.matrix("NACC_3X3").orElseThrow().id();
        String page = mvc.perform(get("/console/risk").with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(page).containsPattern("<option value=\"" + nacc + "\"\\s+selected=\"selected\"");
    }

    private TenantWithRisk withRisk() {
        Tenant tenant = fixtures.create();
        return riskFixture.withAssessment(plans.withReportedItem(tenant));
    }

    private RiskView.Measure measure(TenantWithRisk t) {
        return risks.view(t.tenant().id(), 2566).orElseThrow().risks().get(0).measures().stream()
                .filter(m -> m.id().equals(t.measureId())).findFirst().orElseThrow();
    }

    private MockHttpServletRequestBuilder riskForm(MockHttpServletRequestBuilder request, TenantWithRisk t) {
        return riskForm(request, t, Role.INTEGRITY_OFFICER);
    }

    private MockHttpServletRequestBuilder riskForm(MockHttpServletRequestBuilder request, TenantWithRisk t, Role role) {
        return request.with(csrf()).with(as(t, role)).param("area", "BUDGET_RESOURCES").param("mission", "SUPPORT")
                .param("event", "เหตุการณ์ที่พิมพ์ไว้").param("factorKind", "UNKNOWN").param("trafficLight", "YELLOW")
                .param("controlQuality", "FAIR").param("change", "NEW").param("unitId", t.tenant().section().id().toString());
    }

    private RequestPostProcessor as(TenantWithRisk t, Role role) {
        return authentication(principals.authentication(t.tenant().username(role)));
    }
}

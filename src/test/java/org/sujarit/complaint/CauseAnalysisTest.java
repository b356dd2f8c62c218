package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.ComplaintFixture;
import org.sujarit.support.ComplaintFixture.TenantWithCases;
import org.sujarit.support.RiskFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * The cause of a handled case, linked to a risk of this or last year's register: the risk then
 * shows the case as the evidence that its factor is known, as far as the viewer may read it.
 */
@WebTest
class CauseAnalysisTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired ComplaintFixture complaintFixture;
    @Autowired HandlingCases handlingCases;
    @Autowired Cases complaintCases;
    @Autowired RiskAssessments risks;
    @Autowired Clock clock;

    @Test
    void aResolvedCaseLinkedToARiskIsListedOnTheRiskAsEvidence() throws Exception {
        TenantWithCases t = complaintFixture.withCases(fixtures.create());
        Tenant tenant = t.tenant();
        int year = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        UUID riskId = riskOf(tenant, year);
        UUID caseId = t.general().caseId();

        String tooEarly = mvc.perform(cause(t, caseId, "INFRASTRUCTURE", riskId.toString(), "ตรวจไฟถนนทุกเดือน"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(tooEarly).contains("วิเคราะห์สาเหตุได้เมื่อเรื่องแล้วเสร็จ").contains(">ตรวจไฟถนนทุกเดือน</textarea>");

        resolve(tenant, caseId);
        String page = mvc.perform(get("/console/complaints/" + caseId).with(as(tenant, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ThaiDigits.toArabic(page)).contains("ปีงบประมาณ " + year + " ความเสี่ยงที่ 1: ความเสี่ยงทดสอบ " + tenant.marker());

        TenantWithCases other = complaintFixture.withCases(fixtures.create());
        UUID foreignRisk = riskOf(other.tenant(), year);
        String foreign = mvc.perform(cause(t, caseId, "PROCUREMENT", foreignRisk.toString(), ""))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(foreign).contains("ไม่พบความเสี่ยงนี้ในทะเบียนความเสี่ยงของหน่วยงาน");
        mvc.perform(cause(t, caseId, "", riskId.toString(), "")).andExpect(status().isUnprocessableContent());

        mvc.perform(cause(t, caseId, "INFRASTRUCTURE", riskId.toString(), "ตรวจไฟถนนทุกเดือน"))
                .andExpect(status().is3xxRedirection());
        CaseView c = complaintCases.get(tenant.id(), caseId);
        assertThat(c.cause()).isEqualTo(Cause.INFRASTRUCTURE);
        assertThat(c.riskId()).isEqualTo(riskId);
        assertThat(c.preventiveMeasure()).isEqualTo("ตรวจไฟถนนทุกเดือน");

        String riskPage = mvc.perform(get("/console/risk/" + year + "/risks/" + riskId).with(as(tenant, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(riskPage).contains("เรื่องร้องเรียน " + t.general().number()).contains("ไฟถนนดับ " + tenant.marker())
                .contains("/console/complaints/" + caseId);
        String staffView = mvc.perform(get("/console/risk/" + year + "/risks/" + riskId).with(as(tenant, Role.UNIT_STAFF)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(staffView).contains("เรื่องร้องเรียน " + t.general().number()).contains("ไฟถนนดับ " + tenant.marker());
        String council = mvc.perform(get("/console/risk/" + year + "/risks/" + riskId).with(as(tenant, Role.COUNCIL_MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(council).contains("เรื่องร้องเรียน " + t.general().number()).doesNotContain("ไฟถนนดับ " + tenant.marker())
                .doesNotContain("/console/complaints/" + caseId);
    }

    private UUID riskOf(Tenant tenant, int year) {
        risks.create(tenant.id(), year, risks.matrix("NACC_3X3").orElseThrow().id());
        return risks.addRisk(tenant.id(), year, RiskFixture.risk(tenant.marker()), tenant.workUnit().id());
    }

    private void resolve(Tenant tenant, UUID caseId) {
        UUID officer = tenant.userId(Role.INTEGRITY_OFFICER);
        handlingCases.move(tenant.id(), caseId, CaseStatus.ACKNOWLEDGED, "รับทราบ", null, null, officer);
        handlingCases.move(tenant.id(), caseId, CaseStatus.ACCEPTED, "รับไว้", null, null, officer);
        handlingCases.move(tenant.id(), caseId, CaseStatus.ASSIGNED, "มอบหมาย", null, tenant.workUnit().id().value(), officer);
        handlingCases.move(tenant.id(), caseId, CaseStatus.IN_PROGRESS, "เริ่ม", null, null, officer);
        handlingCases.move(tenant.id(), caseId, CaseStatus.RESOLVED, "เสร็จ", "เปลี่ยนหลอดแล้ว", null, officer);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder cause(TenantWithCases t, UUID caseId,
                                                                                            String cause, String risk,
                                                                                            String measure) {
        return post("/console/complaints/" + caseId + "/cause").param("cause", cause).param("riskId", risk)
                .param("preventiveMeasure", measure).with(csrf()).with(as(t.tenant(), Role.INTEGRITY_OFFICER));
    }

    private RequestPostProcessor as(Tenant t, Role role) {
        return authentication(principals.authentication(t.username(role)));
    }
}

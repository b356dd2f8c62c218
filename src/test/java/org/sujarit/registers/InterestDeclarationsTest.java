package org.sujarit.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.audit.AuditEvent;
import org.sujarit.audit.AuditTrail;
import org.sujarit.procurement.Bidder;
import org.sujarit.procurement.ProcurementMethod;
import org.sujarit.procurement.ProcurementSummaries;
import org.sujarit.procurement.PurchaseDetails;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.RiskFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * A member of staff declares their interests on their own page; bad input comes back on the form;
 * the basic role reaches only its own declarations; the integrity officer's every view of another
 * person's declaration is audited; a declared interest in a bidder of a purchase the person sat on
 * the committee of is flagged, recorded on the risk register or dismissed with a reason.
 */
@WebTest
class InterestDeclarationsTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired InterestDeclarations declarations;
    @Autowired DeclarationCommittees committees;
    @Autowired InterestFlags flags;
    @Autowired ProcurementSummaries procurement;
    @Autowired RiskAssessments risks;
    @Autowired AuditTrail trail;
    @Autowired RecordingGifts gifts;

    @Test
    void badInputComesBackOnTheFormWithNothingTypedLost() throws Exception {
        Tenant t = fixtures.create();
        String page = mvc.perform(declaration(t, Role.STAFF_MEMBER, "บจก.ตัวอย่างผิด " + t.marker(), "0105512345678", "SELF", "นางสมศรี"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.sujarit.shared.ThaiDigits::toArabic);
        assertThat(page).contains("แถวที่ 1: เลขประจำตัวผู้เสียภาษีไม่ถูกต้อง").contains("บจก.ตัวอย่างผิด " + t.marker())
                .contains("0105512345678");
        page = mvc.perform(declaration(t, Role.STAFF_MEMBER, "บจก.ตัวอย่าง " + t.marker(), "", "SELF", "นางสมศรี"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.sujarit.shared.ThaiDigits::toArabic);
        assertThat(page).contains("แถวที่ 1: ระบุชื่อญาติแล้ว กรุณาเลือกความสัมพันธ์").contains("นางสมศรี");
        mvc.perform(post("/console/me/interests").param("fiscalYear", String.valueOf(declarations.currentYear().buddhistYear() + 1))
                .param("none", "true").with(as(t, Role.STAFF_MEMBER)).with(csrf())).andExpect(status().isUnprocessableContent());
        assertThat(declarations.mine(principals.principal(t.username(Role.STAFF_MEMBER)))).isEmpty();
    }

    @Test
    void aNewDeclarationOfTheYearReplacesTheOldWhichIsKept() throws Exception {
        Tenant t = fixtures.create();
        mvc.perform(declaration(t, Role.STAFF_MEMBER, "ร้านแรก " + t.marker(), "0-1055-12345-67-1", "SPOUSE", "นางสมศรี"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/me/interests").param("fiscalYear", String.valueOf(declarations.currentYear().buddhistYear()))
                .param("none", "true").with(as(t, Role.STAFF_MEMBER)).with(csrf())).andExpect(status().is3xxRedirection());
        List<InterestDeclaration> mine = declarations.mine(principals.principal(t.username(Role.STAFF_MEMBER)));
        assertThat(mine).extracting(InterestDeclaration::version).containsExactly(2, 1);
        assertThat(mine.get(0).current()).isTrue();
        assertThat(mine.get(0).noneDeclared()).isTrue();
        assertThat(mine.get(1).current()).isFalse();
        assertThat(mine.get(1).entries()).singleElement().satisfies(e -> {
            assertThat(e.holder()).isEqualTo(InterestHolder.SPOUSE);
            assertThat(e.taxId().digits()).isEqualTo("0105512345671");
        });
        assertThat(mine.get(1).signedByName()).contains(t.marker());
        String home = mvc.perform(get("/console/me").with(as(t, Role.STAFF_MEMBER))).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.sujarit.shared.ThaiDigits::toArabic);
        assertThat(home).contains("ยื่นแล้ว ปี " + declarations.currentYear().buddhistYear());
    }

    @Test
    void aStaffMemberOpensOnlyTheirOwnAndEveryViewByTheOfficerIsAudited() throws Exception {
        Tenant t = fixtures.create();
        mvc.perform(declaration(t, Role.UNIT_STAFF, "ร้านของผู้อื่น " + t.marker(), "", "SELF", "")).andExpect(status().is3xxRedirection());
        UUID others = declarations.mine(principals.principal(t.username(Role.UNIT_STAFF))).get(0).id();

        mvc.perform(get("/console/me/interests/" + others).with(as(t, Role.STAFF_MEMBER))).andExpect(status().isNotFound());
        mvc.perform(get("/console/me/interests/" + others + "/form.pdf").with(as(t, Role.STAFF_MEMBER))).andExpect(status().isNotFound());
        mvc.perform(get("/console/registers/interests/" + others).with(as(t, Role.STAFF_MEMBER))).andExpect(status().isForbidden());
        mvc.perform(get("/console/registers/interests").with(as(t, Role.UNIT_STAFF))).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/console/me/interests/" + others).with(as(t, Role.UNIT_STAFF))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.sujarit.shared.ThaiDigits::toArabic)).contains("ร้านของผู้อื่น " + t.marker());
        assertThat(viewsOf(t, others)).isZero();

        String register = mvc.perform(get("/console/registers/interests").with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.sujarit.shared.ThaiDigits::toArabic);
        assertThat(register).contains("/console/registers/interests/" + others).doesNotContain("ร้านของผู้อื่น");
        assertThat(mvc.perform(get("/console/registers/interests/" + others).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.sujarit.shared.ThaiDigits::toArabic)).contains("ร้านของผู้อื่น " + t.marker());
        mvc.perform(get("/console/registers/interests/" + others).with(as(t, Role.EXECUTIVE))).andExpect(status().isOk());
        assertThat(viewsOf(t, others)).isEqualTo(2);
        List<AuditEvent> views = trail.recent(t.id(), 20).stream().filter(e -> e.action().equals("interest-declaration.viewed")).toList();
        assertThat(views).extracting(AuditEvent::actorId).containsExactlyInAnyOrder(t.userId(Role.INTEGRITY_OFFICER), t.userId(Role.EXECUTIVE));

        byte[] xlsx = mvc.perform(get("/console/registers/interests/interests.xlsx").with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).startsWith('P', 'K');
    }

    @Test
    void anInterestInABidderOfAPurchaseTheMemberSatOnIsFlaggedAndRecordedOnTheRiskRegister() throws Exception {
        Tenant t = fixtures.create();
        UUID purchase = procurement.addPurchase(t.id(), RiskFixture.YEAR, 1, new PurchaseDetails("จัดซื้อคอมพิวเตอร์ " + t.marker(),
                new BigDecimal("100000"), null, ProcurementMethod.E_MARKET, List.of(new Bidder("บริษัท ไอที" + t.marker() + " จำกัด",
                new BigDecimal("90000")), new Bidder("ร้านอื่น" + t.marker(), new BigDecimal("95000"))),
                "บริษัท ไอที" + t.marker() + " จำกัด", new BigDecimal("90000"), "ราคาต่ำสุด", null, null, null, null, null),
                t.userId(Role.INTEGRITY_OFFICER));
        mvc.perform(post("/console/registers/committees/" + RiskFixture.YEAR + "/1/" + purchase)
                .param("members", t.userId(Role.STAFF_MEMBER).toString()).with(as(t, Role.UNIT_STAFF)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String home = mvc.perform(get("/console/me").with(as(t, Role.STAFF_MEMBER))).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.sujarit.shared.ThaiDigits::toArabic);
        assertThat(home).contains("/console/me/interests/committees/" + RiskFixture.YEAR + "/1/" + purchase);
        mvc.perform(post("/console/me/interests/committees/" + RiskFixture.YEAR + "/1/" + purchase).param("none", "true")
                .with(as(t, Role.UNIT_STAFF)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/console/me/interests/committees/" + RiskFixture.YEAR + "/1/" + purchase).param("none", "true")
                .param("relation", "ญาติ").with(as(t, Role.STAFF_MEMBER)).with(csrf())).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/console/me/interests/committees/" + RiskFixture.YEAR + "/1/" + purchase).param("none", "true")
                .with(as(t, Role.STAFF_MEMBER)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(flags.list(t.id())).isEmpty();

        mvc.perform(declaration(t, Role.STAFF_MEMBER, "บจก.ไอที" + t.marker(), "", "SPOUSE", "นางสมศรี"))
                .andExpect(status().is3xxRedirection());
        assertThat(flags.list(t.id())).singleElement().satisfies(f -> {
            assertThat(f.party()).isEqualTo("บริษัท ไอที" + t.marker() + " จำกัด");
            assertThat(f.userId()).isEqualTo(t.userId(Role.STAFF_MEMBER));
            assertThat(f.matchedBy()).isEqualTo("NAME");
            assertThat(f.open()).isTrue();
        });
        UUID flagId = flags.list(t.id()).get(0).id();
        String list = mvc.perform(get("/console/registers/flags").with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.sujarit.shared.ThaiDigits::toArabic);
        assertThat(list).contains("บริษัท ไอที" + t.marker() + " จำกัด").contains("จัดซื้อคอมพิวเตอร์ " + t.marker());
        mvc.perform(get("/console/registers/flags").with(as(t, Role.STAFF_MEMBER))).andExpect(status().isForbidden());

        String refused = mvc.perform(post("/console/registers/flags/" + flagId + "/dismiss").param("reason", " ")
                .with(as(t, Role.INTEGRITY_OFFICER)).with(csrf())).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.sujarit.shared.ThaiDigits::toArabic);
        assertThat(refused).contains("กรุณาระบุเหตุผลที่ยกเลิกการแจ้ง");
        mvc.perform(post("/console/registers/flags/" + flagId + "/record").with(as(t, Role.EXECUTIVE)).with(csrf()))
                .andExpect(status().isForbidden());

        risks.create(t.id(), RiskFixture.YEAR, risks.matrix("NACC_3X3").orElseThrow().id());
        UUID riskId = risks.addRisk(t.id(), RiskFixture.YEAR, RiskFixture.risk(t.marker()), t.workUnit().id());
        mvc.perform(post("/console/registers/flags/" + flagId + "/record").param("riskId", riskId.toString())
                .with(as(t, Role.INTEGRITY_OFFICER)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(flags.flag(t.id(), flagId).riskId()).isEqualTo(riskId);
        String riskPage = mvc.perform(get("/console/risk/" + RiskFixture.YEAR + "/risks/" + riskId).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.sujarit.shared.ThaiDigits::toArabic);
        assertThat(riskPage).contains("ผลประโยชน์ทับซ้อนที่ตรงกับผู้เสนอราคา บริษัท ไอที" + t.marker() + " จำกัด")
                .doesNotContain("STAFF_MEMBER " + t.marker());
        assertThat(trail.recent(t.id(), 30)).extracting(AuditEvent::action)
                .contains("interest-committee.named", "interest-declaration.signed", "interest-flag.recorded");

        // Found once: declaring again flags nothing new.
        mvc.perform(declaration(t, Role.STAFF_MEMBER, "บจก.ไอที" + t.marker(), "", "SPOUSE", "นางสมศรี"));
        assertThat(flags.list(t.id())).hasSize(1);
    }

    @Test
    void aGiftFromABidderOfAPurchaseTheMemberSatOnIsFlaggedWhenItIsRecorded() throws Exception {
        Tenant t = fixtures.create();
        UUID purchase = procurement.addPurchase(t.id(), RiskFixture.YEAR, 1, new PurchaseDetails("ซ่อมถนน " + t.marker(),
                new BigDecimal("400000"), null, ProcurementMethod.SPECIFIC, List.of(new Bidder("หจก.ก่อสร้าง" + t.marker(),
                new BigDecimal("390000"))), "หจก.ก่อสร้าง" + t.marker(), new BigDecimal("390000"), "ราคาต่ำสุด", null, null,
                null, null, null), t.userId(Role.INTEGRITY_OFFICER));
        committees.name(t.id(), RiskFixture.YEAR, 1, purchase, Set.of(t.userId(Role.STAFF_MEMBER)), t.userId(Role.INTEGRITY_OFFICER));
        assertThat(flags.list(t.id())).isEmpty();

        // A gift from someone else flags nothing; one from the bidder, written its own way, does.
        gifts.record(t.id(), t.userId(Role.STAFF_MEMBER), gift("ร้านดอกไม้" + t.marker(), GiftAction.ACCEPTED, "1500"));
        assertThat(flags.list(t.id())).isEmpty();
        gifts.record(t.id(), t.userId(Role.STAFF_MEMBER), gift("ห้างหุ้นส่วนจำกัด ก่อสร้าง" + t.marker() + " (สำนักงานใหญ่)",
                GiftAction.REPORTED, "5000"));
        assertThat(flags.list(t.id())).singleElement().satisfies(f -> {
            assertThat(f.party()).isEqualTo("หจก.ก่อสร้าง" + t.marker());
            assertThat(f.userId()).isEqualTo(t.userId(Role.STAFF_MEMBER));
            assertThat(f.matchedBy()).isEqualTo("NAME");
        });
        String list = mvc.perform(get("/console/registers/flags").with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                .transform(org.sujarit.shared.ThaiDigits::toArabic);
        assertThat(list).contains("ซ่อมถนน " + t.marker()).contains("ของขวัญหรือประโยชน์ 5,000 บาท").contains("รายงานผู้บังคับบัญชา");
    }

    private static GiftEntry gift(String giver, GiftAction action, String value) {
        return new GiftEntry(giver, GiverKind.ORGANISATION, null, false, null, false, "ปีใหม่", GiftCategory.GOODS, "กระเช้า",
                new BigDecimal(value), java.time.LocalDate.now().minusDays(2), action);
    }

    private long viewsOf(Tenant t, UUID declaration) {
        return trail.recent(t.id(), 50).stream().filter(e -> e.action().equals("interest-declaration.viewed")
                && e.recordId().equals(declaration.toString())).count();
    }

    private MockHttpServletRequestBuilder declaration(Tenant t, Role role, String organisation, String taxId, String holder,
                                                      String relative) {
        return post("/console/me/interests").param("fiscalYear", String.valueOf(declarations.currentYear().buddhistYear()))
                .param("kinds[0]", "BUSINESS").param("holders[0]", holder).param("relativeNames[0]", relative)
                .param("involvements[0]", "SHAREHOLDER").param("organisations[0]", organisation).param("taxIds[0]", taxId)
                .param("details[0]", "").with(as(t, role)).with(csrf());
    }

    private RequestPostProcessor as(Tenant t, Role role) {
        return authentication(principals.authentication(t.username(role)));
    }
}

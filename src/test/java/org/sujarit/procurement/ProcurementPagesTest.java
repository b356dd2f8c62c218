package org.sujarit.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * The procurement pages as the integrity officer, unit staff, executives, auditors and citizens use
 * them: recording a month's purchases, publishing, the portal and the open data — and never another
 * tenant's. FY 2568 is long past, so every month of it may be recorded.
 */
@WebTest
class ProcurementPagesTest {

    static final String MONTH = "/console/procurement/2568/1";

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired ProcurementSummaries summaries;
    @Autowired Clock clock;

    @Test
    void anOfficerRecordsAPurchasePublishesTheMonthAndCitizensFindItOnThePortalAndInTheOpenData() throws Exception {
        Tenant t = fixtures.create();
        mvc.perform(purchase(post(MONTH + "/purchases"), t, Role.INTEGRITY_OFFICER))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "procurement.purchaseSaved"));
        String month = page(get(MONTH), t, Role.INTEGRITY_OFFICER);
        assertThat(month).contains("ซ่อมถนน " + t.marker()).contains("468,000.00").contains("เฉพาะเจาะจง")
                .contains("ร่าง ยังไม่เผยแพร่").contains("เพิ่มรายการจัดซื้อจัดจ้าง");
        assertThat(public_(t, "/procurement?year=2568")).doesNotContain("ซ่อมถนน " + t.marker());

        mvc.perform(post(MONTH + "/publish").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(flash().attribute("notice", "procurement.published"));
        String year = page(get("/console/procurement/2568"), t, Role.EXECUTIVE);
        assertThat(year).contains("ตุลาคม 2567").contains("เผยแพร่แล้ว").contains("ยังไม่มีข้อมูล").contains("เกินกำหนด");

        String portal = public_(t, "/procurement?year=2568");
        assertThat(portal).contains("id=\"m-01\"").contains("สรุปผลการจัดซื้อจัดจ้าง เดือนตุลาคม 2567")
                .contains("ซ่อมถนน " + t.marker()).contains("หจก.ตัวอย่าง " + t.marker()).contains("472,500.00")
                .contains("ร้านที่สอง 470,000.00").contains("class=\"stacked\"").contains("data-label=\"วงเงินงบประมาณ (บาท)\"")
                .contains("/open-data/procurement-2568.csv").contains("/open-data/procurement-2568.json")
                .contains("20 ตุลาคม 2567").contains("e-GP 67109000000");

        MockHttpServletResponse csv = mvc.perform(get("/" + t.organisation().slug() + "/open-data/procurement-2568.csv"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        byte[] bytes = csv.getContentAsByteArray();
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text).contains("ปีงบประมาณ,เดือน,งานที่จัดซื้อหรือจัดจ้าง,วงเงินงบประมาณ")
                .contains("2568,ตุลาคม 2567,ซ่อมถนน " + t.marker() + ",480000.00,472500.00,เฉพาะเจาะจง")
                .contains(",หจก.ตัวอย่าง " + t.marker() + " = 468000.00; ร้านที่สอง = 470000.00,");

        String json = mvc.perform(get("/" + t.organisation().slug() + "/open-data/procurement-2568.json"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).transform(ThaiDigits::toArabic);
        assertThat(json).contains("\"fiscalMonth\":1").contains("\"period\":\"M01\"").contains("\"method\":\"SPECIFIC\"")
                .contains("\"agreedPrice\":468000.00").contains("\"contractDate\":\"2024-10-20\"")
                .contains("\"noProcurement\":false").contains("ซ่อมถนน " + t.marker());
    }

    @Test
    void aMonthWithoutPurchasesIsDeclaredAsSuchAndAMonthWithPurchasesCannotBe() throws Exception {
        Tenant t = fixtures.create();
        mvc.perform(purchase(post(MONTH + "/purchases"), t, Role.UNIT_STAFF)).andExpect(status().is3xxRedirection());
        mvc.perform(post(MONTH + "/no-procurement").with(csrf()).with(as(t, Role.UNIT_STAFF)))
                .andExpect(flash().attribute("problem", "procurement.noProcurement.hasPurchases"));
        assertThat(summaries.month(t.id(), 2568, 1).state()).isEqualTo(MonthState.DRAFT);

        mvc.perform(post("/console/procurement/2568/2/publish").with(csrf()).with(as(t, Role.UNIT_STAFF)))
                .andExpect(flash().attribute("problem", "procurement.publish.empty"));
        mvc.perform(post("/console/procurement/2568/2/no-procurement").with(csrf()).with(as(t, Role.UNIT_STAFF)))
                .andExpect(flash().attribute("notice", "procurement.noProcurementDeclared"));
        assertThat(summaries.month(t.id(), 2568, 2).state()).isEqualTo(MonthState.NO_PROCUREMENT);
        assertThat(public_(t, "/procurement?year=2568")).contains("id=\"m-02\"").contains("ไม่มีการจัดซื้อจัดจ้างในเดือนนี้")
                .doesNotContain("ซ่อมถนน " + t.marker());
        String json = mvc.perform(get("/" + t.organisation().slug() + "/open-data/procurement-2568.json"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).transform(ThaiDigits::toArabic);
        assertThat(json).contains("\"fiscalMonth\":2").contains("\"noProcurement\":true").doesNotContain("ซ่อมถนน");

        mvc.perform(post("/console/procurement/2568/2/unpublish").with(csrf()).with(as(t, Role.UNIT_STAFF)))
                .andExpect(flash().attribute("notice", "procurement.unpublished"));
        assertThat(summaries.month(t.id(), 2568, 2).state()).isEqualTo(MonthState.EMPTY);
        assertThat(public_(t, "/procurement?year=2568")).doesNotContain("ไม่มีการจัดซื้อจัดจ้างในเดือนนี้");
    }

    @Test
    void theContractDateIsTypedAndShownInTheBuddhistEra() throws Exception {
        Tenant t = fixtures.create();
        mvc.perform(purchase(post(MONTH + "/purchases"), t, Role.INTEGRITY_OFFICER, "ซ่อมถนน " + t.marker(), "๒๐ ต.ค. ๖๗"))
                .andExpect(status().is3xxRedirection());
        Purchase saved = summaries.month(t.id(), 2568, 1).purchases().get(0);
        assertThat(saved.details().contractDate()).isEqualTo(LocalDate.of(2024, 10, 20));
        org.jsoup.nodes.Document edit = org.jsoup.Jsoup.parse(page(get(MONTH + "/purchases/" + saved.id()), t, Role.INTEGRITY_OFFICER));
        assertThat(edit.select("#contractDate").val()).isEqualTo("20/10/2567");
        assertThat(edit.select("#contractDate").attr("type")).isEqualTo("text");

        org.jsoup.nodes.Document refused = org.jsoup.Jsoup.parse(mvc.perform(purchase(post(MONTH + "/purchases/" + saved.id()), t,
                        Role.INTEGRITY_OFFICER, "งานที่แก้ไว้", "20/10/2024"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select("#contractDate").val()).isEqualTo("20/10/2024");
        assertThat(refused.select("#contractDate-error").text())
                .isEqualTo(org.sujarit.shared.NumeralStyle.THAI.apply("ปี 2024 เป็นปีคริสต์ศักราช โปรดกรอกปีพุทธศักราช ซึ่งน่าจะเป็น 2567"));
        assertThat(refused.select("#work").text()).isEqualTo("งานที่แก้ไว้");
        assertThat(summaries.month(t.id(), 2568, 1).purchases().get(0).details().work()).isEqualTo("ซ่อมถนน " + t.marker());
    }

    @Test
    void wrongValuesComeBackWithEverythingTyped() throws Exception {
        Tenant t = fixtures.create();
        String page = mvc.perform(post(MONTH + "/purchases").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                        .param("work", "งานที่พิมพ์ไว้ " + t.marker()).param("budget", "สี่แสน").param("method", "SPECIFIC")
                        .param("bidderNames[0]", "ผู้เสนอที่พิมพ์ไว้").param("bidderPrices[0]", "1000")
                        .param("agreedPrice", "1000").param("contractDate", "31/02/2568"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(page).contains(">งานที่พิมพ์ไว้ " + t.marker() + "</textarea>").contains("value=\"สี่แสน\"")
                .contains("value=\"ผู้เสนอที่พิมพ์ไว้\"").contains("value=\"31/02/2568\"")
                .contains("ต้องเป็นจำนวนเงิน ไม่ติดลบ ทศนิยมไม่เกิน 2 ตำแหน่ง").contains("ไม่มีวันที่ 31/02/2568 ในปฏิทิน");

        String overBudget = mvc.perform(post(MONTH + "/purchases").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                        .param("work", "งานเกินงบ").param("budget", "1,000").param("method", "E_BIDDING")
                        .param("bidderNames[0]", "ผู้เสนอไม่มีราคา").param("winner", "ผู้ชนะ").param("agreedPrice", "1500"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(overBudget).contains("ราคาที่ตกลงสูงกว่าวงเงินงบประมาณ").contains("กรุณากรอกเหตุผลที่คัดเลือก")
                .contains("ผู้เสนอราคาแต่ละรายต้องมีทั้งชื่อและราคา").contains("value=\"ผู้เสนอไม่มีราคา\"")
                .contains("value=\"1,000\"").contains("value=\"E_BIDDING\" selected=\"selected\"");
        assertThat(summaries.month(t.id(), 2568, 1).purchases()).isEmpty();

        String english = mvc.perform(post(MONTH + "/purchases").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                        .param("lang", "en").param("work", "x").param("budget", "-5"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(english).contains("Must be an amount, not negative, with at most 2 decimals");
    }

    @Test
    void aPurchaseIsEditedAndRemovedButNotOnceTheMonthIsPublished() throws Exception {
        Tenant t = fixtures.create();
        var id = summaries.addPurchase(t.id(), 2568, 1, ProcurementRulesTest.roadRepair(t.marker()), t.userId(Role.INTEGRITY_OFFICER));
        assertThat(page(get(MONTH + "/purchases/" + id), t, Role.UNIT_STAFF)).contains("value=\"480000.00\"")
                .contains("value=\"หจก.ตัวอย่าง " + t.marker() + "\"");
        mvc.perform(purchase(post(MONTH + "/purchases/" + id), t, Role.UNIT_STAFF, "ซ่อมถนนสายใหม่"))
                .andExpect(status().is3xxRedirection());
        assertThat(summaries.purchase(t.id(), 2568, 1, id).details().work()).isEqualTo("ซ่อมถนนสายใหม่");

        summaries.publish(t.id(), 2568, 1, t.userId(Role.INTEGRITY_OFFICER));
        String refused = mvc.perform(purchase(post(MONTH + "/purchases/" + id), t, Role.UNIT_STAFF, "แก้หลังเผยแพร่"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(refused).contains("เดือนนี้เผยแพร่แล้ว ยกเลิกการเผยแพร่ก่อนแก้ไข");
        mvc.perform(post(MONTH + "/purchases/" + id + "/remove").with(csrf()).with(as(t, Role.UNIT_STAFF)))
                .andExpect(flash().attribute("problem", "procurement.month.published"));
        assertThat(summaries.month(t.id(), 2568, 1).purchases()).hasSize(1);

        summaries.unpublish(t.id(), 2568, 1, t.userId(Role.INTEGRITY_OFFICER));
        mvc.perform(post(MONTH + "/purchases/" + id + "/remove").with(csrf()).with(as(t, Role.UNIT_STAFF)))
                .andExpect(flash().attribute("notice", "procurement.purchaseRemoved"));
        assertThat(summaries.month(t.id(), 2568, 1).purchases()).isEmpty();
    }

    @Test
    void executivesAndAuditorsReadOthersOfTheTenantDoNot() throws Exception {
        Tenant t = fixtures.create();
        summaries.addPurchase(t.id(), 2568, 1, ProcurementRulesTest.roadRepair(t.marker()), t.userId(Role.INTEGRITY_OFFICER));
        for (Role reader : List.of(Role.EXECUTIVE, Role.INTERNAL_AUDITOR)) {
            String page = page(get(MONTH), t, reader);
            assertThat(page).contains("ซ่อมถนน " + t.marker()).doesNotContain("เพิ่มรายการจัดซื้อจัดจ้าง")
                    .doesNotContain("/publish");
            mvc.perform(purchase(post(MONTH + "/purchases"), t, reader)).andExpect(status().isForbidden());
            mvc.perform(post(MONTH + "/publish").with(csrf()).with(as(t, reader))).andExpect(status().isForbidden());
        }
        for (Role other : List.of(Role.TENANT_ADMIN, Role.COUNCIL_MEMBER, Role.IDENTITY_CUSTODIAN)) {
            mvc.perform(get(MONTH).with(as(t, other))).andExpect(status().isForbidden());
        }
        assertThat(page(get("/console"), t, Role.UNIT_STAFF)).contains("href=\"/console/procurement\"");
        assertThat(page(get("/console"), t, Role.TENANT_ADMIN)).doesNotContain("href=\"/console/procurement\"");
        mvc.perform(get("/console/procurement").with(as(t, Role.EXECUTIVE))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/procurement/2568/13").with(as(t, Role.EXECUTIVE))).andExpect(status().isNotFound());
    }

    @Test
    void anotherTenantNeverSeesThePurchases() throws Exception {
        Tenant a = fixtures.create();
        Tenant b = fixtures.create();
        var id = summaries.addPurchase(a.id(), 2568, 1, ProcurementRulesTest.roadRepair(a.marker()), a.userId(Role.INTEGRITY_OFFICER));
        summaries.publish(a.id(), 2568, 1, a.userId(Role.INTEGRITY_OFFICER));
        assertThat(page(get(MONTH), b, Role.INTEGRITY_OFFICER)).doesNotContain(a.marker());
        mvc.perform(get(MONTH + "/purchases/" + id).with(as(b, Role.INTEGRITY_OFFICER))).andExpect(status().isNotFound());
        mvc.perform(post(MONTH + "/purchases/" + id + "/remove").with(csrf()).with(as(b, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isNotFound());
        for (String path : List.of("/procurement?year=2568", "/open-data/procurement-2568.csv", "/open-data/procurement-2568.json")) {
            assertThat(public_(b, path)).doesNotContain(a.marker());
            assertThat(public_(a, path)).contains(a.marker());
        }
        assertThat(summaries.month(a.id(), 2568, 1).purchases()).hasSize(1);
    }

    @Test
    void theEnglishPortalAndAnUnknownOrganisation() throws Exception {
        Tenant t = fixtures.create();
        summaries.declareNoProcurement(t.id(), 2568, 3, t.userId(Role.INTEGRITY_OFFICER));
        String english = mvc.perform(get("/" + t.organisation().slug() + "/procurement").param("year", "2568").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(english).contains("Procurement summary, December 2567 BE").contains("No procurement this month");
        mvc.perform(get("/no-such-place/procurement")).andExpect(status().isNotFound());
        mvc.perform(get("/" + t.organisation().slug() + "/open-data/procurement-1999.json")).andExpect(status().isNotFound());
        assertThat(public_(t, "")).contains("/procurement").contains("สรุปผลการจัดซื้อจัดจ้างประจำเดือน");
    }

    @Test
    void theOpenDataPageAndItsCatalogueListTheSummariesOfThisYearAndTheLast() throws Exception {
        Tenant t = fixtures.create();
        int year = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        String slug = t.organisation().slug();
        String page = public_(t, "/open-data");
        assertThat(page).contains("/" + slug + "/open-data/procurement-" + year + ".csv")
                .contains("/" + slug + "/open-data/procurement-" + (year - 1) + ".json")
                .contains("สรุปผลการจัดซื้อจัดจ้างประจำเดือน ปีงบประมาณ " + year);
        String catalogue = public_(t, "/open-data/catalog.json");
        assertThat(catalogue).contains("/" + slug + "/open-data/procurement-" + year + ".csv");
    }

    private MockHttpServletRequestBuilder purchase(MockHttpServletRequestBuilder request, Tenant t, Role role) {
        return purchase(request, t, role, "ซ่อมถนน " + t.marker());
    }

    private MockHttpServletRequestBuilder purchase(MockHttpServletRequestBuilder request, Tenant t, Role role, String work) {
        return purchase(request, t, role, work, "20/10/2567");
    }

    private MockHttpServletRequestBuilder purchase(MockHttpServletRequestBuilder request, Tenant t, Role role, String work,
                                                   String contractDate) {
        return request.with(csrf()).with(as(t, role)).param("work", work).param("budget", "480,000")
                .param("referencePrice", "472500").param("method", "SPECIFIC")
                .param("bidderNames[0]", "หจก.ตัวอย่าง " + t.marker()).param("bidderPrices[0]", "468000")
                .param("bidderNames[1]", "ร้านที่สอง").param("bidderPrices[1]", "470,000.00")
                .param("bidderNames[2]", "").param("bidderPrices[2]", "")
                .param("winner", "หจก.ตัวอย่าง " + t.marker()).param("agreedPrice", "468000")
                .param("reason", "เสนอราคาต่ำสุด").param("contractNumber", "12/2568").param("contractDate", contractDate)
                .param("egpProjectNumber", "67109000000").param("budgetSource", "งบประมาณรายจ่ายประจำปี")
                .param("status", "CONTRACT_SIGNED");
    }

    private String page(MockHttpServletRequestBuilder request, Tenant t, Role role) throws Exception {
        return mvc.perform(request.with(as(t, role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8).transform(ThaiDigits::toArabic);
    }

    private String public_(Tenant t, String path) throws Exception {
        return mvc.perform(get("/" + t.organisation().slug() + path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8).transform(ThaiDigits::toArabic);
    }

    private RequestPostProcessor as(Tenant t, Role role) {
        return authentication(principals.authentication(t.username(role)));
    }
}

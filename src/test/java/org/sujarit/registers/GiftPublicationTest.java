package org.sujarit.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.audit.AuditEvent;
import org.sujarit.audit.AuditTrail;
import org.sujarit.disclosure.Disclosures;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.ThaiTaxId;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.PdfGlyphs;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * What the register publishes: the executive signs the year's No Gift declaration, which becomes a
 * PDF in Sarabun, a portal page and O21 evidence; the O22 report on the portal and as evidence shows
 * aggregates with no name and no free text; the report form and the register as documents.
 */
@WebTest
class GiftPublicationTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired RecordingGifts recording;
    @Autowired Disclosures disclosures;
    @Autowired AuditTrail trail;

    @Test
    void theExecutiveSignsTheNoGiftDeclarationWhichIsPublishedAsO21() throws Exception {
        Tenant t = fixtures.create();
        String slug = t.organisation().slug();
        String executive = t.username(Role.EXECUTIVE);
        String form = mvc.perform(get("/console/registers/no-gift").with(authentication(principals.authentication(executive))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("เทศบาลตำบล " + t.marker(), "No Gift Policy");
        mvc.perform(post("/console/registers/no-gift").with(csrf()).with(authentication(principals.authentication(executive)))
                .param("text", "ข้าพเจ้าประกาศเจตนารมณ์ " + t.marker()).param("signerPosition", "นายกเทศมนตรี"))
                .andExpect(status().is(422));
        mvc.perform(post("/console/registers/no-gift").with(csrf()).with(authentication(principals.authentication(
                        t.username(Role.INTEGRITY_OFFICER)))).param("text", "x").param("signerPosition", "x").param("confirm", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/registers/no-gift").with(csrf()).with(authentication(principals.authentication(executive)))
                .param("text", "ข้าพเจ้าประกาศเจตนารมณ์ " + t.marker()).param("signerPosition", "นายกเทศมนตรี")
                .param("confirm", "true")).andExpect(status().isFound());
        assertThat(trail.recent(t.id(), 20)).extracting(AuditEvent::action).contains("gift-policy-declaration.signed");

        FiscalYear year = FiscalYear.containing(LocalDate.now());
        var item = disclosures.item(t.id(), slug, year, "O21");
        assertThat(item.periods()).anySatisfy(p -> assertThat(p.evidence()).anySatisfy(e ->
                assertThat(e.path()).isEqualTo("/" + slug + "/no-gift?year=" + year.buddhistYear())));
        assertThat(mvc.perform(get("/" + slug + "/no-gift")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("ข้าพเจ้าประกาศเจตนารมณ์ " + t.marker(), "นายกเทศมนตรี");
        byte[] pdf = mvc.perform(get("/" + slug + "/no-gift/declaration.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(String.join("", PdfGlyphs.pages(document)).replaceAll("\\s+", ""))
                    .contains("ข้าพเจ้าประกาศเจตนารมณ์", "NoGiftPolicy", "นายกเทศมนตรี");
            assertThat(PdfGlyphs.fonts(document)).allSatisfy(font -> assertThat(font.getName()).contains("Sarabun"));
        }
    }

    @Test
    void theYearlyReportCountsWithoutNamesOrFreeTextAndIsO22() throws Exception {
        Tenant t = fixtures.create();
        String slug = t.organisation().slug();
        LocalDate day = LocalDate.now().minusDays(1);
        recording.record(t.id(), t.userId(Role.STAFF_MEMBER), entry(t, "5000", GiftAction.REPORTED, day));
        recording.record(t.id(), t.userId(Role.UNIT_STAFF), entry(t, "12000", GiftAction.RETURNED, day));
        recording.record(t.id(), t.userId(Role.UNIT_STAFF), entry(t, "300", GiftAction.ACCEPTED, day));

        String page = mvc.perform(get("/" + slug + "/gifts")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("รายงานผลการรับของขวัญ", "ไม่เกิน ๓,๐๐๐ บาท", "เกิน ๑๐,๐๐๐ บาท", "สิ่งของ", "ส่งคืนผู้ให้")
                .doesNotContain(t.marker() + " ผู้ให้", "ของใช้ " + t.marker(), "โอกาส " + t.marker(),
                        t.accounts().get(Role.STAFF_MEMBER).displayName(), t.accounts().get(Role.UNIT_STAFF).displayName());
        var o22 = disclosures.item(t.id(), slug, FiscalYear.containing(day), "O22");
        assertThat(o22.periods()).anySatisfy(p -> assertThat(p.evidence()).anySatisfy(e ->
                assertThat(e.path()).startsWith("/" + slug + "/gifts")));
        assertThat(disclosures.item(t.id(), slug, FiscalYear.containing(day), "O21").periods())
                .allSatisfy(p -> assertThat(p.evidence()).isEmpty());

        byte[] xlsx = mvc.perform(get("/console/registers/gifts/register.xlsx").with(authentication(principals.authentication(
                t.username(Role.INTEGRITY_OFFICER))))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            String cells = workbook.getSheetAt(0).toString();
            StringBuilder all = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all).contains(t.marker() + " ผู้ให้", t.accounts().get(Role.UNIT_STAFF).displayName(), "12000");
            assertThat(cells).isNotNull();
        }
        assertThat(trail.recent(t.id(), 20)).extracting(AuditEvent::action).contains("gift-register.exported");
    }

    private static GiftEntry entry(Tenant t, String value, GiftAction action, LocalDate on) {
        return new GiftEntry(t.marker() + " ผู้ให้", GiverKind.ORGANISATION, ThaiTaxId.parse("0105512345671").orElseThrow(),
                false, null, false, "โอกาส " + t.marker(), GiftCategory.GOODS, "ของใช้ " + t.marker(), new BigDecimal(value),
                on, action);
    }
}

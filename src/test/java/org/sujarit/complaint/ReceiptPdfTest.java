package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.support.PdfGlyphs;
import org.sujarit.support.Sessions;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.ThaiMarks;
import org.sujarit.support.WebTest;
import org.sujarit.tenant.Organisations;

/** The receipt PDF: printed by Chromium in Sarabun, naming the case, never its secret nor its content. */
@WebTest
class ReceiptPdfTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired Organisations organisations;

    @Test
    void theReceiptNamesTheCaseAndItsDeadlinesButHoldsNeitherSecretNorContent() throws Exception {
        Tenant t = fixtures.create();
        String slug = t.organisation().slug();
        MvcResult filed = mvc.perform(multipart("/" + slug + "/complaints/corruption").with(csrf())
                        .param("categoryId", complaintSettings.activeCategories(t.id(), Channel.CORRUPTION).get(0).id().toString())
                        .param("subject", "ความลับของผู้แจ้ง " + t.marker())
                        .param("description", "รายละเอียดที่ต้องไม่อยู่ในใบรับเรื่อง " + t.marker()).param("anonymous", "true"))
                .andExpect(status().isOk()).andReturn();
        var page = Jsoup.parse(filed.getResponse().getContentAsString());
        String number = page.select(".receipt-facts .case-number").text();
        String secret = page.select(".secret-digits").text();
        Cookie session = Sessions.cookieOf(filed);

        byte[] pdf = mvc.perform(get("/" + slug + "/complaints/track/" + number + "/receipt.pdf").cookie(session))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = String.join("\n", PdfGlyphs.pages(document)).replaceAll("\\s+", "");
            assertThat(text).contains(number, "ใบรับเรื่องร้องเรียน", "ร้องเรียนการทุจริตและประพฤติมิชอบ", "ภายใน๑๕วัน",
                    "รหัสลับ๑๖หลัก");
            assertThat(text).doesNotContain(secret.replace(" ", ""), NumeralStyle.THAI.apply(secret.replace(" ", "")),
                    "ความลับของผู้แจ้ง", "รายละเอียดที่ต้องไม่อยู่ในใบรับเรื่อง");
            assertThat(text.replace(number, "").replace(t.marker(), "")).as("Thai digits throughout but the case number and the marker, Latin words")
                    .doesNotContainPattern("[0-9]");
            ThaiMarks marks = ThaiMarks.of(PdfGlyphs.of(document));
            assertThat(marks.marks()).isPositive();
            assertThat(marks.misplaced()).isEmpty();
            assertThat(PdfGlyphs.fonts(document)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("Sarabun");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
        organisations.changeNumeralStyle(t.id(), NumeralStyle.ARABIC);
        byte[] arabic = mvc.perform(get("/" + slug + "/complaints/track/" + number + "/receipt.pdf").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(arabic)) {
            String text = String.join("\n", PdfGlyphs.pages(document)).replaceAll("\\s+", "");
            assertThat(text).contains(number, "ภายใน15วัน", "รหัสลับ16หลัก").doesNotContainPattern("[๐-๙]");
        }
        // Without the session that filed or opened the case there is no receipt.
        mvc.perform(get("/" + slug + "/complaints/track/" + number + "/receipt.pdf")).andExpect(status().isNotFound());
    }
}

package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.PdfGlyphs;
import org.sujarit.support.SelfAssessmentFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;
import org.sujarit.tenant.Organisations;

/**
 * The ปค.๔ PDF, printed by the real Chromium through the download URL: the standard's heading, the
 * two-column table with the seed's wording of the principles, the results and conclusions, the
 * overall result and the signature block. A copy goes to target/documents to look at.
 */
@WebTest
class SelfAssessmentPdfTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired SelfAssessmentFixture selfAssessments;
    @Autowired Organisations organisations;

    @Test
    void theOfficialFormInThaiDigits() throws Exception {
        Tenant t = fixtures.create();
        selfAssessments.answered(t);
        byte[] pdf = download(t, true);
        String marker = NumeralStyle.THAI.apply(t.marker());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = compact(new PDFTextStripper().getText(document));
            assertThat(text).contains(compact("แบบ ปค.๔"), compact("เทศบาลตำบล " + marker),
                    compact("รายงานการประเมินองค์ประกอบของการควบคุมภายใน"), compact("ณ วันที่ ๓๐ กันยายน ๒๕๖๖"),
                    compact("องค์ประกอบของการควบคุมภายใน"), compact("ผลการประเมิน/ข้อสรุป"));
            assertThat(text).contains(compact("๑. สภาพแวดล้อมการควบคุม"), compact("๒. การประเมินความเสี่ยง"),
                    compact("๓. กิจกรรมการควบคุม"), compact("๔. สารสนเทศและการสื่อสาร"),
                    compact("๕. กิจกรรมกำกับติดตามและประเมินผล"));
            assertThat(text).contains(compact("หลักการที่ ๑ องค์กรยึดหลักความซื่อตรงและจริยธรรม"),
                    compact("หลักการที่ ๔ องค์กรจูงใจ รักษาไว้ และพัฒนาพนักงาน"),
                    compact("หลักการที่ ๘ พิจารณาโอกาสที่จะเกิดการทุจริต"),
                    compact("หลักการที่ ๑๓ องค์กรใช้ข้อมูลที่เกี่ยวข้องและมีคุณภาพ"),
                    compact("หลักการที่ ๑๗ ประเมินและสื่อสารข้อบกพร่องของการควบคุมภายในในเวลาที่เหมาะสม"));
            assertThat(text).contains("เพียงพอ", "ควรปรับปรุง", "ไม่เกี่ยวข้อง",
                    compact(NumeralStyle.THAI.apply(SelfAssessmentFixture.conclusion(8, t.marker()))),
                    compact(NumeralStyle.THAI.apply(SelfAssessmentFixture.conclusion(17, t.marker()))),
                    compact("สภาพแวดล้อมการควบคุมเหมาะสม " + marker));
            assertThat(text).contains(compact("ผลการประเมินโดยรวม"), compact("ผลการประเมินโดยรวมเพียงพอ " + marker),
                    "ลายมือชื่อ", compact("(นายผู้ประเมิน " + marker + ")"), compact("ตำแหน่ง ปลัดเทศบาล"),
                    compact("วันที่ ๑๖ เดือน ตุลาคม พ.ศ. ๒๕๖๖"));
            assertThat(text).doesNotContain("ยังไม่ได้ประเมิน");
            assertThat(text.replace(t.marker(), "")).as("the marker is a word in Latin letters").doesNotContainPattern("[0-9]");
            assertThat(PdfGlyphs.fonts(document)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("Sarabun");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
    }

    @Test
    void arabicDigitsAndPrinciplesNotYetAssessed() throws Exception {
        Tenant t = fixtures.create();
        mvc.perform(post("/console/risk/self-assessment/2567")
                        .with(csrf())
                        .with(authentication(principals.authentication(t.username(Role.INTERNAL_AUDITOR))))
                        .param("principles[9].result", "NEEDS_IMPROVEMENT")
                        .param("principles[9].conclusion", "ควรทบทวนคำสั่งมอบหมายงาน 2 ฉบับ"))
                .andExpect(status().is3xxRedirection());
        try (PDDocument document = Loader.loadPDF(download(t, false))) {
            String text = compact(new PDFTextStripper().getText(document));
            assertThat(text).contains(compact("แบบ ปค.4"), compact("ณ วันที่ 30 กันยายน 2567"),
                    compact("หลักการที่ 10 ควบคุมความเสี่ยงให้อยู่ในระดับที่ยอมรับได้"),
                    compact("ควรทบทวนคำสั่งมอบหมายงาน 2 ฉบับ"), "ยังไม่ได้ประเมิน", compact("วันที่ ...... เดือน"));
            assertThat(text).doesNotContainPattern("[๐-๙]");
        }
    }

    /** The tenant's form, with its numeral style set to Thai or Arabic digits first. */
    private byte[] download(Tenant t, boolean thaiDigits) throws Exception {
        int year = thaiDigits ? SelfAssessmentFixture.YEAR : 2567;
        organisations.changeNumeralStyle(t.id(), thaiDigits ? NumeralStyle.THAI : NumeralStyle.ARABIC);
        byte[] pdf = mvc.perform(get("/console/risk/self-assessment/" + year + ".pdf")
                        .with(authentication(principals.authentication(t.username(Role.EXECUTIVE)))))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("inline;")))
                .andReturn().getResponse().getContentAsByteArray();
        Path output = Path.of("target", "documents");
        Files.createDirectories(output);
        Files.write(output.resolve("pk4-" + year + (thaiDigits ? "-thai-digits" : "") + ".pdf"), pdf);
        return pdf;
    }

    /** Text without whitespace: PDF lines break wherever the layout put them. */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}

package org.sujarit.complaint.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.complaint.StatisticsFixture;
import org.sujarit.complaint.statistics.ComplaintStatistics;
import org.sujarit.complaint.statistics.YearStatistics;
import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.support.PdfGlyphs;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.ThaiMarks;
import org.sujarit.support.WebTest;

/**
 * The annual complaint report printed by Chromium over the sixteen cases of FY 2569: the year's
 * figures, causes and measures in Thai digits, in Sarabun, with Thai set as a reader expects.
 */
@WebTest
class AnnualReportPdfTest {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final Path OUTPUT = Path.of("target", "documents");
    private static byte[] thaiDigits;

    @Autowired ComplaintStatistics statistics;
    @Autowired StatisticsFixture fixture;
    @Autowired TenantFixture tenants;

    private final StatisticsPdf pdf = new StatisticsPdf(new HtmlPdf(CHROMIUM));

    @Test
    void theReportGivesTheYearsFiguresInThaiDigits() throws IOException {
        String organisation = NumeralStyle.THAI.apply("เทศบาลตำบล " + fixture.shared().marker());
        try (PDDocument document = Loader.loadPDF(thaiDigitsReport())) {
            String text = compact(String.join("", PdfGlyphs.pages(document)));

            assertThat(text).contains(compact("รายงานผลการดำเนินการเรื่องร้องเรียน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"),
                    compact(organisation),
                    compact("ได้รับเรื่องร้องเรียนทั้งสิ้น ๑๖ เรื่อง เป็นเรื่องร้องทุกข์/ร้องเรียนทั่วไป ๑๔ เรื่อง"),
                    compact("ดำเนินการแล้วเสร็จ ๑๓ เรื่อง (ในจำนวนนี้ไม่รับเรื่องหรือส่งต่อหน่วยงานอื่น ๓ เรื่อง)"),
                    compact("อยู่ระหว่างดำเนินการ ๓ เรื่อง"), compact("มัธยฐาน ๕.๐ วัน"),
                    compact("ครึ่งปีแรก (ตุลาคม ๒๕๖๘ – มีนาคม ๒๕๖๙): รับเรื่อง ๗ เรื่อง"),
                    compact("ครึ่งปีหลัง (เมษายน – กันยายน ๒๕๖๙): รับเรื่อง ๙ เรื่อง"));
            assertThat(text).as("the 15-day rule and satisfaction against the target")
                    .contains(compact("ภายใน ๑๕ วัน ๑๒ เรื่อง คิดเป็นร้อยละ ๗๕.๐ และเกินกำหนด ๔ เรื่อง"),
                            compact("ประเมินความพึงพอใจ ๗ ราย คะแนนเฉลี่ย ๔.๐๐ จาก ๕"),
                            compact("ร้อยละ ๗๑.๔ ต่ำกว่าเป้าหมายร้อยละ ๘๐"));
            for (int table = 1; table <= 5; table++) {
                assertThat(text).contains(compact("ตารางที่ " + "๐๑๒๓๔๕".charAt(table)));
            }
            assertThat(text).as("table 1, the year's total row: 16 13 3 3 1 12 4 5.0").contains("รวม๑๖๑๓๓๓๑๑๒๔๕.๐");
            assertThat(text).as("table 2: October, general 2, corruption 0, total 2").contains("ตุลาคม๒๕๖๘๒๐๒");
            assertThat(text).as("causes and the problems and fixes section")
                    .contains(compact("โครงสร้างพื้นฐานชำรุดหรือไม่เพียงพอ ๒ ๕๐.๐"),
                            compact("สาเหตุที่พบมากที่สุดคือโครงสร้างพื้นฐานชำรุดหรือไม่เพียงพอ ๒ เรื่อง"),
                            compact("เรื่องร้องเรียน ๔ เรื่องดำเนินการหรือแจ้งเหตุผลแก่ผู้ร้องเรียนเกินกำหนด ๑๕ วัน"),
                            compact("- โครงสร้างพื้นฐานชำรุดหรือไม่เพียงพอ: " + StatisticsFixture.MEASURE + " (๒ เรื่อง)"));
            assertThat(text.replace(fixture.shared().marker(), "")).as("the marker is a word in Latin letters")
                    .doesNotContainPattern("[0-9]").as("no case's content").doesNotContain("รายละเอียด");
        }
    }

    @Test
    void thaiIsSetAsAReaderExpectsInSarabunOnly() throws IOException {
        try (PDDocument document = Loader.loadPDF(thaiDigitsReport())) {
            ThaiMarks marks = ThaiMarks.of(PdfGlyphs.of(document));

            assertThat(marks.misplaced()).isEmpty();
            assertThat(marks.unknownMarks()).isEmpty();
            assertThat(marks.marks()).isGreaterThan(500);
            assertThat(marks.stacks()).isGreaterThan(10);
            List<PDFont> fonts = PdfGlyphs.fonts(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("Sarabun");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
        String html = pdf.html(AnnualReport.of(year2569(), "เทศบาลตำบลทดสอบ", NumeralStyle.THAI));
        List<Element> elements = Jsoup.parse(html).getAllElements().stream()
                .filter(element -> !element.tagName().equals("#root")).toList();
        assertThat(elements).hasSizeGreaterThan(300).allSatisfy(element ->
                assertThat(element.attr("lang")).as("lang of <%s>", element.tagName()).isEqualTo("th"));
    }

    @Test
    void aYearWithoutComplaintsSaysSoInArabicDigits() throws IOException {
        YearStatistics empty = statistics.year(tenants.create().id(), new FiscalYear(StatisticsFixture.YEAR));
        byte[] report = save("complaint-report-none.pdf", pdf.annualReport(empty, "เทศบาลตำบลไม่มีเรื่อง", NumeralStyle.ARABIC));
        try (PDDocument document = Loader.loadPDF(report)) {
            String text = compact(String.join("", PdfGlyphs.pages(document)));

            assertThat(text).contains(compact("ประจำปีงบประมาณ พ.ศ. 2569"),
                    compact("ในปีงบประมาณ พ.ศ. 2569 (1 ตุลาคม 2568 – 30 กันยายน 2569) เทศบาลตำบลไม่มีเรื่อง ไม่มีเรื่องร้องเรียน"),
                    compact("2. ปัญหา อุปสรรค และแนวทางแก้ไข"), compact("ไม่พบปัญหาจากข้อมูลสถิติ"),
                    compact("ยังไม่มีการบันทึกมาตรการป้องกัน"));
            assertThat(text).doesNotContain("ตารางที่").doesNotContain("๒๕๖๙");
        }
    }

    private byte[] thaiDigitsReport() {
        synchronized (AnnualReportPdfTest.class) {
            if (thaiDigits == null) {
                thaiDigits = save("complaint-report-thai-digits.pdf",
                        pdf.annualReport(year2569(), "เทศบาลตำบล " + fixture.shared().marker(), NumeralStyle.THAI));
            }
            return thaiDigits;
        }
    }

    private YearStatistics year2569() {
        return statistics.year(fixture.shared().id(), new FiscalYear(StatisticsFixture.YEAR));
    }

    private static byte[] save(String name, byte[] content) {
        try {
            Files.createDirectories(OUTPUT);
            Files.write(OUTPUT.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return content;
    }

    /** Text without whitespace: PDF lines break wherever the layout put them. */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}

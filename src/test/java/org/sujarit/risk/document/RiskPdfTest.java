package org.sujarit.risk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskView;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.support.PdfGlyphs;
import org.sujarit.support.PdfGlyphs.Glyph;
import org.sujarit.support.PlanFixture;
import org.sujarit.support.RiskFixture;
import org.sujarit.support.RiskFixture.TenantWithRisk;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.ThaiMarks;
import org.sujarit.support.WebTest;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/**
 * The assessment report of Ban Tom's FY 2566 printed by Chromium: Part 1 of the seed from the
 * register, in Sarabun with Thai set as a reader expects, and without internal notes.
 */
@WebTest
class RiskPdfTest {

    @Autowired RiskAssessments risks;
    @Autowired Organisations organisations;
    @Autowired TenantFixture fixtures;
    @Autowired PlanFixture plans;
    @Autowired RiskFixture riskFixture;

    private final RiskPdf pdf = new RiskPdf(new HtmlPdf(RenderedRisk.CHROMIUM));

    @Test
    void theBanTomReportHasTheRoadRisksTablesOneToFive() throws IOException {
        AssessmentView assessment = banTom();
        RiskView road = assessment.risks().get(0);
        try (PDDocument document = Loader.loadPDF(thaiDigitsReport())) {
            String text = compact(String.join("", PdfGlyphs.pages(document)));

            assertThat(text).contains(compact("การประเมินความเสี่ยงการทุจริต"), compact("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"),
                    compact("เทศบาลตำบลบ้านต๋อม"), compact("ขั้นตอนการประเมินความเสี่ยงการทุจริต มี ๙ ขั้นตอน"),
                    compact("๙. การรายงานผลการดำเนินงานตามแผนบริหารความเสี่ยง"));
            assertThat(text).contains(compact("ตารางที่ ๑ ตารางระบุความเสี่ยง (Known Factor และ Unknown Factor)"),
                    compact("ตารางที่ ๒ ตารางแสดงสถานะความเสี่ยง (แยกตามสีไฟจราจร)"),
                    compact("ตารางที่ ๓ SCORING ทะเบียนข้อมูลที่ต้องเฝ้าระวัง ๒ มิติ"),
                    compact("ตารางที่ ๓.๑ ระดับความจำเป็นของการเฝ้าระวัง"),
                    compact("ตารางที่ ๓.๒ ระดับความรุนแรงของผลกระทบ"),
                    compact("ตารางที่ ๔ ตารางแสดงการประเมินการควบคุมความเสี่ยง"), compact("ตารางที่ ๕ แผนบริหารความเสี่ยง"));
            assertThat(text).as("the road project heads its rows")
                    .contains(compact("กระบวนการ/งาน: โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๖ ซอย ๖"));
            assertThat(text).as("table 3: necessity 2 × severity 2 = 4, low")
                    .contains(compact(road.event()) + "๒๒๔ต่ำ");
            assertThat(text).as("table 4: fair control").contains(compact(road.event()) + "พอใช้");
            assertThat(text).as("table 5: risk, process, behaviour, measure, period, unit")
                    .contains(compact("๑" + road.event() + road.process() + road.behaviour()))
                    .contains(compact("ส่งโครงการเข้าร่วมโครงการความโปร่งใสในการก่อสร้างภาครัฐ"))
                    .contains(compact("ต.ค. ๖๓ – ก.ย. ๖๕") + "กองช่าง");
            assertThat(text).as("the matrix's axes and levels, the seed's definitions")
                    .contains(compact("ระดับ ๓ หมายถึง ขั้นตอนหลักของกระบวนการ มีความเสี่ยงในการทุจริตสูง (MUST)"))
                    .contains(compact("กิจกรรมหรือขั้นตอนหลัก MUST"), compact("กิจกรรมหรือขั้นตอนรอง SHOULD"))
                    .contains(compact("พอใช้ : จัดการได้โดยส่วนใหญ่"), compact("ความเสี่ยงลำดับที่ ๒–๑๒ ยังไม่ได้ให้คะแนน"));
            for (String colour : List.of("เขียว", "เหลือง", "ส้ม", "แดง")) {
                assertThat(text).contains(compact("สถานะสี" + colour + " :"), compact("สถานะสี" + colour + " คือ"));
            }
            assertThat(text).doesNotContainPattern("[0-9]");
        }
    }

    @Test
    void theElevenEventsKeepTheirColoursInOrder() throws IOException {
        List<RiskView> events = banTom().risks().subList(1, 12);
        List<String> seed = List.of("เหลือง", "เขียว", "เหลือง", "เขียว", "เขียว", "เหลือง", "เหลือง", "เหลือง", "เหลือง",
                "เขียว", "เขียว");
        try (PDDocument document = Loader.loadPDF(thaiDigitsReport())) {
            List<String> pages = PdfGlyphs.pages(document);
            String measures = compact(String.join("", withoutPageNumbers(pages.subList(pageOf(pages, "ลำดับ/ระดับสี"),
                    pages.size()))));
            int from = 0;
            for (int i = 0; i < events.size(); i++) {
                String row = NumeralStyle.THAI.apply(i + 2) + seed.get(i) + compact(events.get(i).event());
                int at = measures.indexOf(row, from);
                assertThat(at).as("measures table: event %d as %s, in order", i + 1, seed.get(i)).isGreaterThan(from);
                from = at;
            }
            assertThat(measures).contains(compact("-จัดทำประกาศไม่รับของขวัญของเทศบาลตำบลบ้านต๋อม (No Gift)"));

            assertThat(summaryTicks(document, pages)).as("ticks of the summary table, row by row")
                    .containsExactlyElementsOf(seed);
        }
    }

    @Test
    void thaiIsSetAsAReaderExpectsInSarabunOnly() throws IOException {
        try (PDDocument document = Loader.loadPDF(thaiDigitsReport())) {
            ThaiMarks marks = ThaiMarks.of(PdfGlyphs.of(document));

            assertThat(marks.misplaced()).isEmpty();
            assertThat(marks.unknownMarks()).isEmpty();
            assertThat(marks.marks()).isGreaterThan(1000);
            assertThat(marks.stacks()).isGreaterThan(20);
            List<PDFont> fonts = PdfGlyphs.fonts(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("Sarabun");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
        String html = pdf.html(AssessmentReport.of(banTom(), "เทศบาลตำบลบ้านต๋อม", NumeralStyle.THAI));
        List<Element> elements = Jsoup.parse(html).getAllElements().stream()
                .filter(element -> !element.tagName().equals("#root")).toList();
        assertThat(elements).hasSizeGreaterThan(500).allSatisfy(element ->
                assertThat(element.attr("lang")).as("lang of <%s>", element.tagName()).isEqualTo("th"));
    }

    @Test
    void inArabicDigitsTheReportPrintsWhatItMakesUpInArabic() throws IOException {
        byte[] report = RenderedRisk.file("risk-assessment-arabic-digits.pdf",
                () -> pdf.assessment(banTom(), "เทศบาลตำบลบ้านต๋อม", NumeralStyle.ARABIC));
        try (PDDocument document = Loader.loadPDF(report)) {
            String text = compact(String.join("", PdfGlyphs.pages(document)));

            assertThat(text).contains(compact("ประจำปีงบประมาณ พ.ศ. 2566"), compact("ตารางที่ 3.1"), compact("ระดับ 3 หมายถึง"))
                    .as("typed in Thai digits, printed in the tenant's Arabic digits").contains(compact("หมู่ที่ 6 ซอย 6"));
            assertThat(text).doesNotContainPattern("[๐-๙]");
        }
    }

    @Test
    void theReportLeavesOutInternalNotes() throws IOException {
        TenantWithRisk t = riskFixture.withAssessment(plans.withReportedItem(fixtures.create()));
        String marker = t.tenant().marker();
        AssessmentView assessment = risks.view(t.tenant().id(), RiskFixture.YEAR).orElseThrow();
        try (PDDocument document = Loader.loadPDF(pdf.assessment(assessment, "เทศบาลตำบล " + marker, NumeralStyle.ARABIC))) {
            String text = compact(String.join("", PdfGlyphs.pages(document)));

            assertThat(text).contains(compact("ความเสี่ยงทดสอบ " + marker), compact("พฤติการณ์ " + marker),
                    compact("ปัจจัยเสี่ยง " + marker), compact("มาตรการทดสอบ " + marker),
                    compact("2 3 6 ปานกลาง"), compact("(ดำเนินการผ่านแผน ข้อ 1.1)"));
            assertThat(text).doesNotContain(compact("หลักฐานภายใน")).doesNotContain(compact("การควบคุมภายใน " + marker))
                    .doesNotContain(compact("ผลการติดตาม"));
        }
    }

    /**
     * The colour each ticked row of the summary table has, top to bottom, read from where the ticks
     * lie: a "/" standing alone (not inside a word such as "คน/หลายหน่วยงาน") under a colour's heading.
     */
    private static List<String> summaryTicks(PDDocument document, List<String> pages) throws IOException {
        int first = pageOf(pages, "โอกาส/ความเสี่ยงการทุจริตและประพฤติมิชอบ") + 1;
        int last = pageOf(pages, "สถานะสีเขียว คือ") + 1;
        List<Glyph> glyphs = PdfGlyphs.of(document).stream()
                .filter(glyph -> glyph.page() >= first && glyph.page() <= last).toList();
        List<String> colours = List.of("เขียว", "เหลือง", "ส้ม", "แดง");
        double[] centres = new double[colours.size()];
        for (int c = 0; c < colours.size(); c++) {
            centres[c] = headerCentre(glyphs, first, colours.get(c));
        }
        double halfColumn = (centres[1] - centres[0]) / 2;
        List<Glyph> inked = glyphs.stream().filter(glyph -> glyph.ink() != null).toList();
        List<Glyph> ticks = new ArrayList<>();
        for (int i = 0; i < inked.size(); i++) {
            Glyph glyph = inked.get(i);
            boolean alone = (i == 0 || apart(inked.get(i - 1), glyph)) && (i + 1 == inked.size() || apart(glyph, inked.get(i + 1)));
            if (glyph.character().equals(RiskCells.MARK) && alone && glyph.inkCentreX() > centres[0] - halfColumn) {
                ticks.add(glyph);
            }
        }
        ticks.sort(Comparator.comparingInt(Glyph::page).thenComparing(glyph -> -glyph.originY()));
        List<String> ticked = new ArrayList<>();
        for (Glyph tick : ticks) {
            int nearest = 0;
            for (int c = 1; c < centres.length; c++) {
                if (Math.abs(tick.inkCentreX() - centres[c]) < Math.abs(tick.inkCentreX() - centres[nearest])) {
                    nearest = c;
                }
            }
            assertThat(Math.abs(tick.inkCentreX() - centres[nearest])).isLessThan(halfColumn);
            ticked.add(colours.get(nearest));
        }
        return ticked;
    }

    /** Whether two glyphs in a row are not letters of one word: on other lines, or with a gap between them. */
    private static boolean apart(Glyph left, Glyph right) {
        return left.page() != right.page() || Math.abs(left.originY() - right.originY()) > 1
                || right.ink().getMinX() - left.ink().getMaxX() > 4;
    }

    /** The middle of a colour's column heading: the glyphs that spell it on the table's first page. */
    private static double headerCentre(List<Glyph> glyphs, int page, String word) {
        List<Glyph> onPage = glyphs.stream().filter(glyph -> glyph.page() == page && glyph.ink() != null).toList();
        for (int i = 0; i + word.length() <= onPage.size(); i++) {
            StringBuilder spelled = new StringBuilder();
            for (int j = i; j < i + word.length(); j++) {
                spelled.append(onPage.get(j).character());
            }
            Glyph start = onPage.get(i);
            Glyph end = onPage.get(i + word.length() - 1);
            boolean oneLine = Math.abs(start.originY() - end.originY()) < 1;
            boolean standsAlone = i == 0 || apart(onPage.get(i - 1), start);
            if (spelled.toString().equals(word) && oneLine && standsAlone) {
                Rectangle2D box = start.ink();
                for (int j = i + 1; j < i + word.length(); j++) {
                    box = box.createUnion(onPage.get(j).ink());
                }
                return box.getCenterX();
            }
        }
        throw new AssertionError("No heading " + word + " on page " + page);
    }

    /** The pages' text without the page numbers, which fall between the rows of a table. */
    private static List<String> withoutPageNumbers(List<String> pages) {
        return pages.stream().map(page -> String.join("\n", page.lines()
                .filter(line -> !line.strip().matches("- \\S+ -")).toList())).toList();
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (compact(pages.get(i)).contains(compact(text))) {
                return i;
            }
        }
        throw new AssertionError("No page contains " + text);
    }

    private byte[] thaiDigitsReport() {
        return RenderedRisk.file("risk-assessment-thai-digits.pdf", () -> pdf.assessment(banTom(), "เทศบาลตำบลบ้านต๋อม", NumeralStyle.THAI));
    }

    private AssessmentView banTom() {
        Organisation banTom = organisations.findBySlug("bantom").orElseThrow();
        return risks.published(banTom.id(), 2566).orElseThrow();
    }

    /** Text without whitespace: PDF lines break wherever the layout put them. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}

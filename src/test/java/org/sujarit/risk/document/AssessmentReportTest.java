package org.sujarit.risk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sujarit.risk.document.RiskPdfTest.compact;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.infrastructure.document.Table;
import org.sujarit.infrastructure.document.Table.Cell;
import org.sujarit.infrastructure.document.Table.Head;
import org.sujarit.infrastructure.document.Table.Row;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskContent;
import org.sujarit.risk.RiskTypes.Area;
import org.sujarit.risk.RiskTypes.ControlQuality;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.support.PdfGlyphs;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** The report's tables follow the assessment's matrix: here the 5 × 5 likelihood × impact scale. */
@WebTest
class AssessmentReportTest {

    @Autowired RiskAssessments risks;
    @Autowired TenantFixture fixtures;

    @Test
    void aFiveByFiveAssessmentGetsFiveLevelColumnsAndItsOwnAxes() throws IOException {
        Tenant tenant = fixtures.create();
        UUID matrix = risks.matrix("LIKELIHOOD_IMPACT_5X5").orElseThrow().id();
        risks.create(tenant.id(), 2569, matrix);
        risks.addRisk(tenant.id(), 2569, risk("โอกาสสูง " + tenant.marker(), 4, 5, ControlQuality.WEAK), null);
        risks.addRisk(tenant.id(), 2569, risk("โอกาสน้อย " + tenant.marker(), 2, 1, ControlQuality.GOOD), null);
        AssessmentView assessment = risks.view(tenant.id(), 2569).orElseThrow();

        List<Table> tables = AssessmentReport.of(assessment, "อปท. " + tenant.marker(), NumeralStyle.ARABIC).tables();
        Table scoring = table(tables, "ตารางที่ 3 ");
        assertThat(scoring.head().get(0)).extracting(Head::text).contains("โอกาสที่จะเกิด (1–5)", "ผลกระทบ (1–5)",
                "ค่าความเสี่ยงรวม (โอกาสที่จะเกิด × ผลกระทบ)");
        assertThat(texts(scoring.rows().get(0))).containsExactly("1", "โอกาสสูง " + tenant.marker(), "4", "5", "20", "สูง");

        Table necessity = table(tables, "ตารางที่ 3.1 ");
        assertThat(texts(necessity.rows().get(0))).as("4 of 5: a main step").endsWith("4", "");
        assertThat(texts(necessity.rows().get(1))).as("2 of 5: a secondary step").endsWith("", "2");

        Table severity = table(tables, "ตารางที่ 3.2 ");
        assertThat(severity.head().get(0)).extracting(Head::text).containsExactly("ที่", AssessmentSteps.EVENT,
                "1", "2", "3", "4", "5");
        assertThat(severity.widths().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(texts(severity.rows().get(0))).endsWith("", "", "", "", RiskCells.MARK);

        Table control = table(tables, "ตารางที่ 4 ");
        assertThat(texts(control.rows().get(0))).as("20 is high; weak control leaves it high")
                .endsWith("อ่อน", "", "", RiskCells.MARK);
        assertThat(texts(control.rows().get(1))).as("2 is low; good control keeps it low")
                .endsWith("ดี", RiskCells.MARK, "", "");
        assertThat(table(tables, "เกณฑ์").head().get(0)).extracting(Head::text).containsExactly("คุณภาพการจัดการ",
                "ค่าความเสี่ยงรวม 1–4 (ระดับต่ำ)", "ค่าความเสี่ยงรวม 5–9 (ระดับปานกลาง)", "ค่าความเสี่ยงรวม 10–25 (ระดับสูง)");

        byte[] pdf = new RiskPdf(new HtmlPdf(RenderedRisk.CHROMIUM)).assessment(assessment, "อปท. " + tenant.marker(), NumeralStyle.ARABIC);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = compact(String.join("", PdfGlyphs.pages(document)));
            assertThat(text).contains(compact("ตารางที่ 3.2 ผลกระทบ ที่ โอกาส/ความเสี่ยงการทุจริต 1 2 3 4 5"),
                    compact("ระดับ 5 หมายถึง สูงมาก"), compact("เมทริกซ์ระดับความเสี่ยง 5 × 5 ระดับ"));
        }
    }

    @Test
    void numbersLeftOutAreWrittenAsRuns() {
        assertThat(AssessmentReport.ranges(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))).isEqualTo("2–12");
        assertThat(AssessmentReport.ranges(List.of(1, 3, 4, 7))).isEqualTo("1, 3–4, 7");
    }

    private static RiskContent risk(String event, int likelihood, int impact, ControlQuality quality) {
        return new RiskContent(Area.POWER_POSITION, null, null, event, null, null, null, null,
                null, null, null, likelihood, impact, quality, null, null, List.of());
    }

    private static Table table(List<Table> tables, String caption) {
        return tables.stream().filter(table -> table.caption() != null && table.caption().startsWith(caption))
                .findFirst().orElseThrow(() -> new AssertionError("No table " + caption));
    }

    /** A row's cells as text; with no process named, no row is a heading. */
    private static List<String> texts(Row row) {
        assertThat(row.group()).isNull();
        return row.cells().stream().map(Cell::text).toList();
    }
}

package org.sujarit.risk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sujarit.risk.document.RiskPdfTest.compact;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.infrastructure.document.Table;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskContent;
import org.sujarit.risk.RiskContent.MeasureContent;
import org.sujarit.risk.RiskTypes.Mission;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.staff.Role;
import org.sujarit.support.PdfGlyphs;
import org.sujarit.support.PlanFixture;
import org.sujarit.support.RiskFixture;
import org.sujarit.support.RiskFixture.TenantWithRisk;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.ThaiMarks;
import org.sujarit.support.WebTest;

/** ปค.๕ and its follow-up printed by Chromium for a tenant with risks under all three missions. */
@WebTest
class ControlFormPdfTest {

    @Autowired RiskAssessments risks;
    @Autowired TenantFixture fixtures;
    @Autowired PlanFixture plans;
    @Autowired RiskFixture riskFixture;

    private final RiskPdf pdf = new RiskPdf(new HtmlPdf(RenderedRisk.CHROMIUM));

    @Test
    void pk5GroupsRisksByMissionWithTheirControlsOnLandscapePages() throws IOException {
        TenantWithRisk t = withThreeMissions();
        String marker = t.tenant().marker();
        byte[] form = RenderedRisk.file("risk-pk5-fixture.pdf", () -> pdf.controlEvaluation(view(t), name(t), NumeralStyle.ARABIC));
        try (PDDocument document = Loader.loadPDF(form)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            String text = compact(String.join("", PdfGlyphs.pages(document)));

            assertThat(text).contains(compact("แบบ ปค.5"), compact(name(t)),
                    compact("รายงานการประเมินผลและการปรับปรุงการควบคุมภายใน"), compact("ณ วันที่ 30 กันยายน 2566"),
                    compact("ภารกิจ/วัตถุประสงค์ ความเสี่ยง การควบคุมภายในที่มีอยู่ การประเมินผลการควบคุมภายใน"
                            + " ความเสี่ยงที่ยังมีอยู่ การปรับปรุงการควบคุมภายใน หน่วยงานที่รับผิดชอบ"));
            assertThat(text).as("the fixture's core risk, in the form's columns").contains(compact(
                    "การจัดซื้อจัดจ้าง " + marker + " ความเสี่ยงทดสอบ " + marker + " การควบคุมภายใน " + marker
                            + " พอใช้ จัดการได้โดยส่วนใหญ่"))
                    .contains(compact("ความเสี่ยงระดับปานกลาง (ค่าความเสี่ยงรวม 6 การควบคุมพอใช้)"))
                    .as("typed in Thai digits, printed in the tenant's Arabic digits")
                    .contains(compact("- มาตรการทดสอบ " + marker + " (ต.ค. 65 – ก.ย. 66)"), compact("งาน " + marker));
            assertThat(text).doesNotContainPattern("[๐-๙]");
            assertThat(text).contains(compact("ชื่อผู้รายงาน"), compact("ตำแหน่ง"), compact("วันที่"));
            assertThat(text).doesNotContain(compact("หลักฐานภายใน"));

            int core = text.indexOf("ด้านภารกิจหลัก");
            int policy = text.indexOf("ด้านนโยบายสำคัญ");
            int support = text.indexOf("ด้านภารกิจสนับสนุน");
            assertThat(core).isPositive().isLessThan(text.indexOf(compact("ความเสี่ยงทดสอบ " + marker)));
            assertThat(policy).isGreaterThan(text.indexOf(compact("ความเสี่ยงทดสอบ " + marker)))
                    .isLessThan(text.indexOf(compact("ความเสี่ยงด้านนโยบาย " + marker)));
            assertThat(support).isGreaterThan(text.indexOf(compact("ความเสี่ยงด้านนโยบาย " + marker)))
                    .isLessThan(text.indexOf(compact("ความเสี่ยงด้านสนับสนุน " + marker)));
            assertThat(ThaiMarks.of(PdfGlyphs.of(document)).misplaced()).isEmpty();
        }
    }

    @Test
    void theFollowUpShowsEachImprovementsLatestRound() throws IOException {
        TenantWithRisk t = withThreeMissions();
        String marker = t.tenant().marker();
        try (PDDocument document = Loader.loadPDF(RenderedRisk.file("risk-pk5-followup-fixture.pdf",
                () -> pdf.controlFollowUp(view(t), name(t), 1, NumeralStyle.ARABIC)))) {
            String text = compact(String.join("", PdfGlyphs.pages(document)));

            assertThat(text).contains(compact("แบบติดตาม ปค.5"), compact("รอบ 6 เดือน ณ วันที่ 31 มีนาคม 2566"),
                    compact("สถานการณ์ดำเนินการ/ร้อยละความคืบหน้า"), compact("ปัญหาอุปสรรคและแนวทางแก้ไข"));
            assertThat(text).contains(compact("มาตรการทดสอบ " + marker + " (ต.ค. 65 – ก.ย. 66) งาน " + marker
                    + " อยู่ระหว่างดำเนินการ ร้อยละ 40 ผลการติดตาม " + marker));
            assertThat(text).as("the policy risk's measure is not reported yet").contains("ยังไม่รายงานผล");
        }

        try (PDDocument document = Loader.loadPDF(pdf.controlFollowUp(view(t), name(t), 2, NumeralStyle.ARABIC))) {
            String text = compact(String.join("", PdfGlyphs.pages(document)));
            assertThat(text).as("round 2 not reported: round 1 stands, said so")
                    .contains(compact("รอบ 12 เดือน ณ วันที่ 30 กันยายน 2566"),
                            compact("อยู่ระหว่างดำเนินการ ร้อยละ 40 (ผลรอบ 6 เดือน)"));
        }

        risks.monitor(t.tenant().id(), t.measureId(), 2, new RiskAssessments.Monitoring("DONE", 100,
                "ดำเนินการครบ " + marker, "ผู้รับจ้างส่งเอกสารล่าช้า", "กำหนดวันส่งในสัญญา", null),
                t.tenant().userId(Role.INTEGRITY_OFFICER));
        try (PDDocument document = Loader.loadPDF(pdf.controlFollowUp(view(t), name(t), 2, NumeralStyle.ARABIC))) {
            String text = compact(String.join("", PdfGlyphs.pages(document)));
            assertThat(text).contains(compact("ดำเนินการแล้วเสร็จ ร้อยละ 100 ดำเนินการครบ " + marker
                    + " ปัญหาอุปสรรค: ผู้รับจ้างส่งเอกสารล่าช้า แนวทางแก้ไข: กำหนดวันส่งในสัญญา"))
                    .doesNotContain(compact("(ผลรอบ 6 เดือน)"));
        }
    }

    @Test
    void theFollowUpTakesTheLatestRoundUpToTheOneAskedFor() {
        TenantWithRisk t = withThreeMissions();
        AssessmentView view = view(t);
        var measure = view.risks().get(0).measures().get(0);

        assertThat(ControlForm.latest(measure, 1).round()).isEqualTo(1);
        assertThat(ControlForm.latest(measure, 2).round()).isEqualTo(1);
        List<Table.Row> groups = ControlForm.evaluation(view, name(t), NumeralStyle.ARABIC).table().rows().stream()
                .filter(row -> row.group() != null).toList();
        assertThat(groups).extracting(Table.Row::group)
                .containsExactly("ด้านภารกิจหลัก", "ด้านนโยบายสำคัญ", "ด้านภารกิจสนับสนุน");
    }

    /** The fixture's core risk, a policy risk with a measure and a support risk without one. */
    private TenantWithRisk withThreeMissions() {
        TenantWithRisk t = riskFixture.withAssessment(plans.withReportedItem(fixtures.create()));
        String marker = t.tenant().marker();
        risks.addRisk(t.tenant().id(), RiskFixture.YEAR, mission(RiskFixture.risk(marker), Mission.POLICY,
                "ความเสี่ยงด้านนโยบาย " + marker, List.of(new MeasureContent("มาตรการด้านนโยบาย " + marker, null, null, null,
                        null, null, null))), null);
        risks.addRisk(t.tenant().id(), RiskFixture.YEAR, mission(RiskFixture.risk(marker), Mission.SUPPORT,
                "ความเสี่ยงด้านสนับสนุน " + marker, List.of()), null);
        return t;
    }

    private static RiskContent mission(RiskContent risk, Mission mission, String event, List<MeasureContent> measures) {
        return new RiskContent(risk.area(), mission, null, event, risk.behaviour(), risk.factorKind(),
                risk.factorEvidence(), risk.riskFactors(), risk.existingControl(), null, risk.trafficLight(),
                risk.likelihood(), risk.impact(), risk.controlQuality(), risk.change(), null, measures);
    }

    private AssessmentView view(TenantWithRisk t) {
        return risks.view(t.tenant().id(), RiskFixture.YEAR).orElseThrow();
    }

    private static String name(TenantWithRisk t) {
        return t.tenant().organisation().nameTh();
    }
}

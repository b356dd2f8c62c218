package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.sujarit.infrastructure.files.UploadedFiles;
import org.junit.jupiter.api.Test;
import org.sujarit.plan.importing.MethodText;

/** The plan's rules that need no database: rounds, scores, KPIs, method steps, evidence types. */
class PlanRulesTest {

    @Test
    void roundsFollowTheFiscalYear() {
        Round first = new Round(2568, 1);
        assertThat(first.lastDay()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2025, 4, 30));
        Round second = new Round(2568, 2);
        assertThat(second.lastDay()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(second.dueDate()).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(Round.reportingOn(LocalDate.of(2025, 2, 1))).isEqualTo(first);
        assertThat(Round.reportingOn(LocalDate.of(2025, 4, 30))).isEqualTo(first);
        assertThat(Round.reportingOn(LocalDate.of(2025, 5, 1))).isEqualTo(second);
        assertThat(Round.reportingOn(LocalDate.of(2025, 10, 15))).isEqualTo(second);
        assertThat(Round.reportingOn(LocalDate.of(2025, 11, 1))).isEqualTo(new Round(2569, 1));
        assertThatThrownBy(() -> new Round(2568, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theScoreIsEPlanNaccs() {
        RoundScore score = RoundScore.empty("1", "มิติ")
                .plus(ProgressStatus.DONE).plus(ProgressStatus.DONE).plus(ProgressStatus.IN_PROGRESS)
                .plus(ProgressStatus.CANNOT_DO).plus(ProgressStatus.NOT_STARTED).plus((ProgressStatus) null);
        // (2 × 1 + 1 × 0.5) ÷ 6 × 100
        assertThat(score.score()).isEqualByComparingTo("41.67");
        assertThat(score.waiting()).isEqualTo(1);
        assertThat(RoundScore.empty(null, null).score()).isEqualByComparingTo("0");
    }

    @Test
    void kpisAreMetAtOrAboveTheirTarget() {
        Kpi percent = new Kpi(KpiType.PERCENT_AT_LEAST, new BigDecimal("80"), null, MeasurementMethod.SURVEY);
        assertThat(percent.isMetBy(new BigDecimal("80"))).isTrue();
        assertThat(percent.isMetBy(new BigDecimal("79.99"))).isFalse();
        assertThat(percent.isMetBy(null)).isFalse();
        Kpi yesNo = new Kpi(KpiType.YES_NO, null, null, MeasurementMethod.DOCUMENT);
        assertThat(yesNo.isMetBy(BigDecimal.ONE)).isTrue();
        assertThat(yesNo.isMetBy(BigDecimal.ZERO)).isFalse();
        assertThatThrownBy(() -> new Kpi(KpiType.PERCENT_AT_LEAST, new BigDecimal("120"), null, MeasurementMethod.SURVEY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kpi(KpiType.COUNT_AT_LEAST, null, "ช่องทาง", MeasurementMethod.COUNT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void methodStepsNestByTheirNumbers() {
        List<Step> steps = MethodText.parse("""
                - ๑) จัดตั้งคณะทำงาน
                ๒) ประชุมคณะทำงานฯ
                ๒.๑) กำหนดแนวทาง
                ๒.๑.๑) ข้อมูลพื้นฐาน
                ๒.๒) กำหนดแนวทางกำกับติดตาม
                ต่อเนื่องจากบรรทัดก่อน
                3) รายงานผล""");
        assertThat(steps).extracting(Step::text).containsExactly("จัดตั้งคณะทำงาน", "ประชุมคณะทำงานฯ", "รายงานผล");
        assertThat(steps.get(1).steps()).extracting(Step::text)
                .containsExactly("กำหนดแนวทาง", "กำหนดแนวทางกำกับติดตามต่อเนื่องจากบรรทัดก่อน");
        assertThat(steps.get(1).steps().get(0).steps()).extracting(Step::text).containsExactly("ข้อมูลพื้นฐาน");
        assertThat(MethodText.parse(MethodText.format(steps))).isEqualTo(steps);
    }

    @Test
    void evidenceIsJudgedByItsContentNotItsName() {
        assertThat(UploadedFiles.contentType("%PDF-1.7\n".getBytes(), "report.pdf")).contains("application/pdf");
        assertThat(UploadedFiles.contentType(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}, "x.png"))
                .contains("image/png");
        assertThat(UploadedFiles.contentType(new byte[] {'P', 'K', 3, 4, 0}, "minutes.docx")).isPresent();
        assertThat(UploadedFiles.contentType(new byte[] {'P', 'K', 3, 4, 0}, "archive.zip")).isEmpty();
        assertThat(UploadedFiles.contentType("<html><script>alert(1)</script>".getBytes(), "report.pdf")).isEmpty();
        assertThat(UploadedFiles.contentType("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(), "logo.png")).isEmpty();
        assertThat(UploadedFiles.safeName("C:\\Users\\x\\\"evil\"\r\n.pdf")).isEqualTo("evil.pdf");
    }
}

package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sujarit.infrastructure.files.UploadedFiles;
import org.junit.jupiter.api.Test;
import org.sujarit.plan.importing.MethodText;

/** The plan's rules that need no database: revisions, rounds, scores, KPIs, method steps, evidence types. */
class PlanRulesTest {

    @Test
    void aRevisionMovesOnlyFromTheStatusEachMoveStartsFrom() {
        Instant now = Instant.parse("2026-12-01T03:00:00Z");
        UUID executive = UUID.randomUUID();
        UUID officer = UUID.randomUUID();
        PlanRevision draft = new PlanRevision(UUID.randomUUID(), UUID.randomUUID(), RevisionStatus.DRAFT, 2566, 2570,
                null, null, null, null);
        assertThat(draft.requireDraft()).isSameAs(draft);
        assertThatThrownBy(() -> draft.publish(officer, now)).hasMessageContaining("plan.publish.notApproved");
        assertThatThrownBy(draft::returnToDraft).hasMessageContaining("plan.returnToDraft.notApproved");

        PlanRevision approved = draft.approve(executive, now);
        assertThat(approved.status()).isEqualTo(RevisionStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(executive);
        assertThatThrownBy(() -> approved.approve(executive, now)).hasMessageContaining("plan.approve.notDraft");
        assertThatThrownBy(approved::requireDraft).hasMessageContaining("plan.edit.approved");
        assertThat(approved.returnToDraft()).as("the approval lapses").isEqualTo(draft);

        PlanRevision published = approved.publish(officer, now);
        assertThat(published.status()).isEqualTo(RevisionStatus.PUBLISHED);
        assertThat(published.approvedBy()).isEqualTo(executive);
        assertThat(published.publishedBy()).isEqualTo(officer);
        assertThatThrownBy(published::requireDraft).hasMessageContaining("plan.edit.frozen");
        assertThatThrownBy(published::returnToDraft).hasMessageContaining("plan.returnToDraft.notApproved");
        assertThatThrownBy(() -> published.publish(officer, now)).hasMessageContaining("plan.publish.notApproved");
    }

    @Test
    void aPlanSpansUpToTenYearsAndIsRevisedOnlyOncePublished() {
        new PlanHeader(2566, 2575, "แผน", null, null, List.of(), null, null).checkYears();
        assertThatThrownBy(() -> new PlanHeader(2566, 2576, "แผน", null, null, List.of(), null, null).checkYears())
                .hasMessageContaining("plan.years.invalid");
        assertThatThrownBy(() -> new PlanHeader(2570, 2566, "แผน", null, null, List.of(), null, null).checkYears())
                .hasMessageContaining("plan.years.invalid");
        PlanSummary published = new PlanSummary(UUID.randomUUID(), 2566, 2570, null, null, 0, UUID.randomUUID(), 2);
        assertThat(published.nextRevisionNumber()).isEqualTo(3);
        assertThat(published.overlaps(new PlanHeader(2570, 2574, null, null, null, List.of(), null, null))).isTrue();
        assertThat(published.overlaps(new PlanHeader(2571, 2575, null, null, null, List.of(), null, null))).isFalse();
        PlanSummary open = new PlanSummary(published.planId(), 2566, 2570, UUID.randomUUID(), RevisionStatus.DRAFT, 3,
                published.publishedRevisionId(), 2);
        assertThatThrownBy(open::nextRevisionNumber).hasMessageContaining("plan.revision.alreadyOpen");
        PlanSummary unpublished = new PlanSummary(published.planId(), 2566, 2570, null, null, 0, null, 0);
        assertThatThrownBy(unpublished::nextRevisionNumber).hasMessageContaining("plan.revision.nothingPublished");
    }

    @Test
    void anItemIsStoredNamedOfAKindAndBudgetedWithinThePlansYears() {
        ItemContent item = new ItemContent(ItemKind.ACTIVITY, "กิจกรรม", null, List.of(), null, null, List.of(), null,
                new Budget(false, Map.of(2570, BigDecimal.TEN), null), null, null, List.of(), List.of());
        item.checkStorable(2566, 2570);
        assertThatThrownBy(() -> item.checkStorable(2571, 2575)).hasMessageContaining("plan.budget.yearOutside");
        assertThatThrownBy(() -> new ItemContent(ItemKind.ACTIVITY, " ", null, null, null, null, null, null, null, null,
                null, null, null).checkStorable(2566, 2570)).hasMessageContaining("validation.required");
        assertThatThrownBy(() -> new ItemContent(null, "กิจกรรม", null, null, null, null, null, null, null, null,
                null, null, null).checkStorable(2566, 2570)).hasMessageContaining("validation.required");
    }

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

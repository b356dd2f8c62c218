package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sujarit.risk.RiskContent.MeasureContent;
import org.sujarit.risk.RiskTypes.Area;
import org.sujarit.support.RiskFixture;

/** The register's own rules, without the web or the database: publication, what a risk and a measure must hold, monitoring. */
class RiskRulesTest {

    @Test
    void onlyADraftTakesChangesAndIsPublished() {
        Assessment draft = new Assessment(UUID.randomUUID(), 2569, UUID.randomUUID(), false, null, null);
        assertThat(draft.requireDraft()).isSameAs(draft);
        Instant now = Instant.parse("2026-12-01T03:00:00Z");
        Assessment published = draft.publish(now);
        assertThat(published.published()).isTrue();
        assertThat(published.publishedAt()).isEqualTo(now);
        assertThatThrownBy(published::requireDraft).hasMessageContaining("risk.edit.published");
        assertThatThrownBy(() -> published.publish(now)).hasMessageContaining("risk.edit.published");
        assertThat(published.returnToDraft()).isEqualTo(draft);
        assertThat(draft.returnToDraft()).isEqualTo(draft);
    }

    @Test
    void aRiskHasAnAreaAnEventAndBothLevelsOnTheMatrixOrNone() {
        RiskMatrix threeByThree = new RiskMatrix(UUID.randomUUID(), "NACC_3X3", 1, null, null, 3, null);
        RiskContent risk = RiskFixture.risk("x");
        risk.check(threeByThree);
        assertThatThrownBy(() -> rated(risk, 3, null).check(threeByThree)).hasMessageContaining("risk.rating.both");
        assertThatThrownBy(() -> rated(risk, 4, 1).check(threeByThree)).hasMessageContaining("risk.rating.range");
        rated(risk, null, null).check(threeByThree);
        assertThatThrownBy(() -> new RiskContent(null, null, null, "เหตุการณ์", null, null, null, null, null, null, null, null,
                null, null, null, null, null).check(threeByThree)).hasMessageContaining("validation.required");
        assertThatThrownBy(() -> new RiskContent(Area.BUDGET_RESOURCES, null, null, " ", null, null, null, null, null, null,
                null, null, null, null, null, null, null).check(threeByThree)).hasMessageContaining("validation.required");
    }

    @Test
    void aMeasureSaysWhatIsDoneWithinAPeriodInOrder() {
        new MeasureContent("จัดทำคู่มือ", null, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 1), null, null, null).check();
        assertThatThrownBy(() -> new MeasureContent(" ", null, null, null, null, null, null).check())
                .hasMessageContaining("validation.required");
        assertThatThrownBy(() -> new MeasureContent("จัดทำคู่มือ", null, LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 1),
                null, null, null).check()).hasMessageContaining("risk.period.order");
    }

    @Test
    void aMonitoringRoundHasAStatusAndAShareOfTheWorkDone() {
        new RiskAssessments.Monitoring("DONE", 100, null, null, null, null).check();
        assertThatThrownBy(() -> new RiskAssessments.Monitoring(null, 0, null, null, null, null).check())
                .hasMessageContaining("validation.required");
        assertThatThrownBy(() -> new RiskAssessments.Monitoring("DONE", 101, null, null, null, null).check())
                .hasMessageContaining("risk.progress.range");
    }

    private static RiskContent rated(RiskContent r, Integer likelihood, Integer impact) {
        return new RiskContent(r.area(), r.mission(), r.process(), r.event(), r.behaviour(), r.factorKind(), r.factorEvidence(),
                r.riskFactors(), r.existingControl(), r.unit(), r.trafficLight(), likelihood, impact, r.controlQuality(),
                r.change(), Map.of(), List.of());
    }
}

package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sujarit.infrastructure.files.UploadedFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sujarit.plan.Progress.Reporter;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.Role;
import org.sujarit.support.PlanFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.tenant.UnitDetails;
import org.sujarit.tenant.UnitKind;
import org.sujarit.tenant.Units;

/** Reports per round: who may report, what a report must hold, locking, evidence, score and publication. */
@SpringBootTest
class ProgressTest {

    @Autowired Plans plans;
    @Autowired Progress progress;
    @Autowired ProgressEvidence evidence;
    @Autowired TenantFixture fixtures;
    @Autowired Units units;

    private final Round round = new Round(2568, 1);

    @Test
    void theScoreCountsDoneInProgressAndWaitingItems() {
        Tenant tenant = fixtures.create();
        PlanView plan = planWith(tenant, 4);
        List<ItemView> items = plan.allItems().toList();
        Reporter officer = officer(tenant);
        progress.save(tenant.id(), plan, items.get(0).key(), round, entry(ProgressStatus.DONE), officer);
        progress.save(tenant.id(), plan, items.get(1).key(), round, entry(ProgressStatus.IN_PROGRESS), officer);
        progress.save(tenant.id(), plan, items.get(2).key(), round,
                new ProgressEntry(ProgressStatus.CANNOT_DO, CannotReason.NO_BUDGET, null, null, null, null, false,
                        null, null, null, Map.of()), officer);
        RoundStanding standing = progress.standing(tenant.id(), plan, round, LocalDate.of(2025, 6, 1));
        assertThat(standing.overall().score()).isEqualByComparingTo("37.50");
        assertThat(standing.overall().waiting()).isEqualTo(1);
        assertThat(standing.overdue()).containsExactly(items.get(3).key());
        assertThat(standing.byDimension().get(0).items()).isEqualTo(4);
        assertThat(progress.standing(tenant.id(), plan, round, LocalDate.of(2025, 4, 1)).overdue()).isEmpty();
    }

    @Test
    void aDoneRoundLocksAndOtherRoundsStayOpen() {
        Tenant tenant = fixtures.create();
        PlanView plan = planWith(tenant, 1);
        ItemView item = plan.allItems().findFirst().orElseThrow();
        ProgressReport done = progress.save(tenant.id(), plan, item.key(), round, entry(ProgressStatus.DONE), officer(tenant));
        assertThat(done.locked()).isTrue();
        assertThatThrownBy(() -> progress.save(tenant.id(), plan, item.key(), round, entry(ProgressStatus.IN_PROGRESS), officer(tenant)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("progress.locked");
        assertThatThrownBy(() -> evidence.addLink(tenant.id(), done.id(), "ลิงก์", "https://example.org"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("progress.locked");
        assertThat(progress.save(tenant.id(), plan, item.key(), new Round(2568, 2), entry(ProgressStatus.IN_PROGRESS),
                officer(tenant)).locked()).isFalse();
    }

    @Test
    void unitStaffReportOnlyTheItemsOfTheirUnit() {
        Tenant tenant = fixtures.create();
        PlanView plan = planWith(tenant, 1);
        ItemView item = plan.allItems().findFirst().orElseThrow();
        var otherUnit = units.create(tenant.id(), null, UnitKind.DIVISION, new UnitDetails("กองช่าง", null, null, null));
        Reporter outsider = new Reporter(tenant.userId(Role.UNIT_STAFF), false, otherUnit.id());
        assertThatThrownBy(() -> progress.save(tenant.id(), plan, item.key(), round, entry(ProgressStatus.DONE), outsider))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("progress.notYourItem");
        Reporter ofTheDivision = new Reporter(tenant.userId(Role.UNIT_STAFF), false, tenant.division().id());
        assertThat(progress.save(tenant.id(), plan, item.key(), round, entry(ProgressStatus.IN_PROGRESS), ofTheDivision))
                .extracting(ProgressReport::status).isEqualTo(ProgressStatus.IN_PROGRESS);
    }

    @Test
    void aReportMustHoldTogether() {
        Tenant tenant = fixtures.create();
        PlanView plan = planWith(tenant, 1);
        ItemView item = plan.allItems().findFirst().orElseThrow();
        assertThatThrownBy(() -> progress.save(tenant.id(), plan, item.key(), round, new ProgressEntry(ProgressStatus.CANNOT_DO,
                null, null, null, null, null, null, null, null, null, Map.of()), officer(tenant)))
                .hasMessageContaining("progress.reason.required");
        assertThatThrownBy(() -> progress.save(tenant.id(), plan, item.key(), round, new ProgressEntry(ProgressStatus.CANNOT_DO,
                CannotReason.OTHER, " ", null, null, null, null, null, null, null, Map.of()), officer(tenant)))
                .hasMessageContaining("progress.reason.otherRequired");
        assertThatThrownBy(() -> progress.save(tenant.id(), plan, item.key(), round, new ProgressEntry(ProgressStatus.IN_PROGRESS,
                null, null, null, new BigDecimal("100"), new BigDecimal("150"), true, null, null, null, Map.of()), officer(tenant)))
                .hasMessageContaining("progress.disbursed.overOrdinance");
        assertThatThrownBy(() -> progress.save(tenant.id(), plan, item.key(), round, new ProgressEntry(ProgressStatus.IN_PROGRESS,
                null, null, null, null, null, null, null, null, null, Map.of(item.outcomes().get(0).key(), new BigDecimal("101"))),
                officer(tenant))).hasMessageContaining("progress.kpi.overHundred");
        assertThatThrownBy(() -> progress.save(tenant.id(), plan, item.key(), new Round(2572, 1), entry(ProgressStatus.DONE),
                officer(tenant))).hasMessageContaining("progress.yearOutsidePlan");
    }

    @Test
    void kpiActualsAreCountedAgainstTheirTargets() {
        Tenant tenant = fixtures.create();
        PlanView plan = planWith(tenant, 1);
        ItemView item = plan.allItems().findFirst().orElseThrow();
        progress.save(tenant.id(), plan, item.key(), round, new ProgressEntry(ProgressStatus.IN_PROGRESS, null, null,
                new BigDecimal("20000"), new BigDecimal("15000"), new BigDecimal("12000"), true, "ทำแล้วครึ่งหนึ่ง", null,
                null, Map.of(item.outputs().get(0).key(), new BigDecimal("3"), item.outcomes().get(0).key(), new BigDecimal("75"))),
                officer(tenant));
        RoundStanding standing = progress.standing(tenant.id(), plan, round, LocalDate.of(2025, 3, 1));
        assertThat(standing.kpisMet()).containsExactly(item.outputs().get(0).key());
        assertThat(standing.kpisNotMet()).containsExactly(item.outcomes().get(0).key());
        assertThat(standing.kpisTotal()).isEqualTo(2);
        assertThat(standing.budgetInPlan()).isEqualByComparingTo("20000");
        assertThat(standing.budgetOrdinance()).isEqualByComparingTo("15000");
        assertThat(standing.disbursed()).isEqualByComparingTo("12000");
    }

    @Test
    void evidenceFilesAreCheckedByContent() {
        Tenant tenant = fixtures.create();
        PlanView plan = planWith(tenant, 1);
        ItemView item = plan.allItems().findFirst().orElseThrow();
        ProgressReport report = progress.save(tenant.id(), plan, item.key(), round, entry(ProgressStatus.IN_PROGRESS), officer(tenant));
        var pdf = evidence.addFile(tenant.id(), report.id(), "รายงาน", "report.pdf", "%PDF-1.7 test".getBytes());
        assertThat(evidence.file(tenant.id(), pdf)).get().extracting(ProgressEvidence.EvidenceFile::contentType).isEqualTo("application/pdf");
        assertThatThrownBy(() -> evidence.addFile(tenant.id(), report.id(), "ไม่ใช่ PDF", "evil.pdf",
                "<script>alert(1)</script>".getBytes())).hasMessageContaining("progress.file.type");
        assertThatThrownBy(() -> evidence.addFile(tenant.id(), report.id(), "ใหญ่", "big.pdf",
                new byte[UploadedFiles.MAX_BYTES + 1])).hasMessageContaining("progress.file.tooLarge");
        assertThatThrownBy(() -> evidence.addLink(tenant.id(), report.id(), "ลิงก์", "javascript:alert(1)"))
                .hasMessageContaining("validation.url");
        Tenant other = fixtures.create();
        assertThat(evidence.file(other.id(), pdf)).isEmpty();
    }

    @Test
    void aPublishedRoundIsListed() {
        Tenant tenant = fixtures.create();
        PlanView plan = planWith(tenant, 1);
        assertThat(progress.publishedRounds(tenant.id(), plan.planId())).isEmpty();
        progress.publishRound(tenant.id(), plan.planId(), round, tenant.userId(Role.INTEGRITY_OFFICER));
        assertThat(progress.publishedRounds(tenant.id(), plan.planId())).containsExactly(round);
        assertThat(progress.standing(tenant.id(), plan, round, LocalDate.of(2025, 3, 1)).isPublished()).isTrue();
    }

    private PlanView planWith(Tenant tenant, int items) {
        String unitPath = "กอง " + tenant.marker() + "/ฝ่าย " + tenant.marker() + "/งาน " + tenant.marker();
        List<ItemContent> contents = new java.util.ArrayList<>();
        for (int i = 1; i <= items; i++) {
            contents.add(PlanFixture.item("โครงการที่ " + i, unitPath));
        }
        PlanSummary summary = plans.create(tenant.id(), new PlanContent(new PlanHeader(2566, 2570, "แผน", null, null,
                List.of(), null, null), List.of(new DimensionContent("1", "มิติที่หนึ่ง", List.of(), contents))));
        return plans.view(tenant.id(), summary.openRevisionId()).orElseThrow();
    }

    private static Reporter officer(Tenant tenant) {
        return new Reporter(tenant.userId(Role.INTEGRITY_OFFICER), true, null);
    }

    private static ProgressEntry entry(ProgressStatus status) {
        return new ProgressEntry(status, null, null, null, null, null, null, null, null, null, Map.of());
    }
}

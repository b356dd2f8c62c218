package org.sujarit.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sujarit.notification.DueItem;
import org.sujarit.shared.FiscalYear;
import org.sujarit.disclosure.PublishedEvidence;
import org.sujarit.staff.Role;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * What the module offers the rest of the platform: each published month as evidence for the
 * disclosure checklist, and each month not published as due to the integrity officer on the 15th of
 * the next month. FY 2568's December (month 3) is due 15 January 2025.
 */
@SpringBootTest
class ProcurementEvidenceAndDueItemsTest {

    @Autowired PublishedEvidence.Source[] evidenceSources;
    @Autowired DueItem.Source[] dueSources;
    @Autowired ProcurementEvidence evidence;
    @Autowired ProcurementDueItems due;
    @Autowired ProcurementSummaries summaries;
    @Autowired TenantFixture fixtures;
    @Autowired Clock clock;

    @Test
    void publishedMonthsAreEvidenceDraftsAreNot() {
        assertThat(evidenceSources).anyMatch(source -> source instanceof ProcurementEvidence);
        Tenant t = fixtures.create();
        var officer = t.userId(Role.INTEGRITY_OFFICER);
        summaries.addPurchase(t.id(), 2568, 1, ProcurementRulesTest.roadRepair(t.marker()), officer);
        summaries.publish(t.id(), 2568, 1, officer);
        summaries.declareNoProcurement(t.id(), 2568, 2, officer);
        summaries.addPurchase(t.id(), 2568, 3, ProcurementRulesTest.roadRepair(t.marker()), officer);

        List<PublishedEvidence> items = evidence.evidence(t.id(), t.organisation().slug(), new FiscalYear(2568));
        assertThat(items).extracting(PublishedEvidence::period).containsExactly("M01", "M02");
        PublishedEvidence october = items.get(0);
        assertThat(october.source()).isEqualTo("procurement-summary");
        assertThat(october.titleTh()).isEqualTo("สรุปผลการจัดซื้อจัดจ้าง เดือนตุลาคม 2567");
        assertThat(october.titleEn()).isEqualTo("Procurement summary, October 2567 BE");
        assertThat(october.path()).isEqualTo("/" + t.organisation().slug() + "/procurement?year=2568#m-01");
        assertThat(october.publishedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(items.get(1).titleTh()).isEqualTo("สรุปผลการจัดซื้อจัดจ้าง เดือนพฤศจิกายน 2567");
        assertThat(evidence.evidence(t.id(), t.organisation().slug(), new FiscalYear(2569))).isEmpty();
        assertThat(evidence.evidence(fixtures.create().id(), "other", new FiscalYear(2568))).isEmpty();
    }

    @Test
    void aMonthNotPublishedIsDueOnTheFifteenthOfTheNextAndStaysDueUntilPublished() {
        assertThat(dueSources).anyMatch(source -> source instanceof ProcurementDueItems);
        Tenant t = fixtures.create();
        var officer = t.userId(Role.INTEGRITY_OFFICER);
        assertThat(mine(t, LocalDate.of(2025, 1, 5))).as("a tenant that never recorded a summary here").isEmpty();
        summaries.addPurchase(t.id(), 2568, 3, ProcurementRulesTest.roadRepair(t.marker()), officer);

        assertThat(mine(t, LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(mine(t, LocalDate.of(2025, 1, 5))).singleElement().satisfies(item -> {
            assertThat(item.dueDate()).isEqualTo(LocalDate.of(2025, 1, 15));
            assertThat(item.unitId()).isNull();
            assertThat(item.module()).isEqualTo("procurement");
            assertThat(item.titleTh()).isEqualTo("เผยแพร่สรุปผลการจัดซื้อจัดจ้าง เดือนธันวาคม 2567");
            assertThat(item.titleEn()).isEqualTo("Publish the procurement summary of December 2567 BE");
            assertThat(item.href()).isEqualTo("/console/procurement/2568/3");
            assertThat(item.done()).isFalse();
        });
        assertThat(mine(t, LocalDate.of(2025, 2, 20))).extracting(DueItem::dueDate)
                .containsExactly(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 15));

        summaries.publish(t.id(), 2568, 3, officer);
        summaries.declareNoProcurement(t.id(), 2568, 4, officer);
        assertThat(mine(t, LocalDate.of(2025, 2, 20))).isEmpty();
        assertThat(mine(t, LocalDate.of(2025, 3, 2))).extracting(DueItem::href).containsExactly("/console/procurement/2568/5");
        assertThat(mine(t, LocalDate.of(2026, 4, 1))).as("a year later the oldest are no longer asked for")
                .extracting(DueItem::dueDate).allMatch(date -> date.isAfter(LocalDate.of(2025, 4, 1)));
    }

    private List<DueItem> mine(Tenant t, LocalDate today) {
        return due.dueItems(today).stream().filter(item -> item.tenantId().equals(t.id().value())).toList();
    }
}

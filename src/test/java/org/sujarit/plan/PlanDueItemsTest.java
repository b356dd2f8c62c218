package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sujarit.notification.DueItem;
import org.sujarit.staff.Role;
import org.sujarit.support.PlanFixture;
import org.sujarit.support.PlanFixture.TenantWithPlan;
import org.sujarit.support.TenantFixture;

/**
 * Progress reports reach the daily digests: the items of a published plan without a report for
 * the round, to their unit, two weeks before the report is due and overdue after; an item with a
 * report is done; a draft plan's items are nobody's business yet.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanDueItemsTest {

    @Autowired PlanDueItems due;
    @Autowired Plans plans;
    @Autowired TenantFixture fixtures;
    @Autowired PlanFixture planFixture;

    TenantWithPlan draft;
    TenantWithPlan published;

    @BeforeAll
    void aDraftAndAPublishedPlan() {
        draft = planFixture.withReportedItem(fixtures.create());
        published = planFixture.withReportedItem(fixtures.create());
        plans.approve(published.tenant().id(), published.plan().revisionId(), published.tenant().userId(Role.EXECUTIVE));
        plans.publish(published.tenant().id(), published.plan().revisionId(), published.tenant().userId(Role.INTEGRITY_OFFICER));
    }

    @Test
    void anUnreportedItemIsDueToItsUnitTwoWeeksAhead() {
        // FY 2569, round 1 is due on 30 April 2569 (2026).
        List<DueItem> items = of(published, LocalDate.of(2026, 4, 20));
        assertThat(items).filteredOn(item -> item.dueDate().getYear() == 2026).singleElement().satisfies(item -> {
            assertThat(item.done()).isFalse();
            assertThat(item.module()).isEqualTo("plan");
            assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
            assertThat(item.unitId()).isEqualTo(published.tenant().workUnit().id().value());
            assertThat(item.titleTh()).contains("รอบที่ 1").contains("2569").contains(published.item().content().name());
            assertThat(item.href()).isEqualTo("/console/plan/progress/" + published.item().key() + "?year=2569&round=1");
        });
        // The round before (FY 2568, round 2, due 31 October 2025) was never reported: overdue.
        assertThat(items).filteredOn(item -> item.dueDate().equals(LocalDate.of(2025, 10, 31)))
                .singleElement().extracting(DueItem::done).isEqualTo(false);
        assertThat(of(published, LocalDate.of(2026, 4, 10))).extracting(DueItem::dueDate)
                .containsExactly(LocalDate.of(2025, 10, 31));
        assertThat(of(draft, LocalDate.of(2026, 4, 20))).isEmpty();
    }

    @Test
    void aReportedRoundIsDoneAndAnUnreportedOneStaysOverdue() {
        // The fixture reported FY 2568's round 1; on 10 May 2568 (2025) that round is past due.
        List<DueItem> items = of(published, LocalDate.of(2025, 5, 10));
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.done()).isTrue();
            assertThat(item.dueDate()).isEqualTo(LocalDate.of(2025, 4, 30));
        });
        assertThat(of(published, LocalDate.of(2025, 11, 10))).singleElement().satisfies(item -> {
            assertThat(item.done()).isFalse();
            assertThat(item.dueDate()).isEqualTo(LocalDate.of(2025, 10, 31));
        });
    }

    @Test
    void noRoundOutsideThePlansYearsIsDue() {
        assertThat(of(published, LocalDate.of(2031, 4, 20))).isEmpty();
    }

    private List<DueItem> of(TenantWithPlan t, LocalDate today) {
        return due.dueItems(today).stream().filter(item -> item.tenantId().equals(t.tenant().id().value())).toList();
    }
}

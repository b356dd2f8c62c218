package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sujarit.risk.RiskContent.MeasureContent;
import org.sujarit.notification.DueItem;
import org.sujarit.support.PlanFixture;
import org.sujarit.support.RiskFixture;
import org.sujarit.support.RiskFixture.TenantWithRisk;
import org.sujarit.support.TenantFixture;

/**
 * Monitoring rounds reach the daily digests: a measure not yet monitored is due to its unit from two
 * weeks before the round's report is due and stays due, overdue, through the next round; a
 * monitored one is done. FY 2566's round 1 is due 30 April 2566 (2023), round 2 on 31 October 2566.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskDueItemsTest {

    @Autowired DueItem.Source[] sources;
    @Autowired RiskDueItems due;
    @Autowired RiskAssessments risks;
    @Autowired TenantFixture fixtures;
    @Autowired PlanFixture plans;
    @Autowired RiskFixture riskFixture;

    TenantWithRisk t;
    UUID unmonitored;

    @BeforeAll
    void aMonitoredAndAnUnmonitoredMeasure() {
        t = riskFixture.withAssessment(plans.withReportedItem(fixtures.create()));
        unmonitored = risks.addMeasure(t.tenant().id(), t.riskId(), new MeasureContent("จัดทำคู่มือประชาชน", null, null, null,
                null, null, null), t.tenant().section().id(), null);
    }

    @Test
    void theRiskModuleIsASourceOfTheDigests() {
        assertThat(sources).anyMatch(source -> source instanceof RiskDueItems);
    }

    @Test
    void twoWeeksBeforeTheDueDateEveryMeasureOfTheYearIsListedAndTheMonitoredOneIsDone() {
        List<DueItem> items = mine(LocalDate.of(2023, 4, 20));
        assertThat(items).hasSize(2).allSatisfy(item -> {
            assertThat(item.dueDate()).isEqualTo(LocalDate.of(2023, 4, 30));
            assertThat(item.module()).isEqualTo("risk");
            assertThat(item.titleTh()).contains("รอบที่ 1").contains("2566");
        });
        DueItem monitored = items.stream().filter(i -> i.href().endsWith(t.measureId().toString())).findFirst().orElseThrow();
        assertThat(monitored.done()).isTrue();
        assertThat(monitored.unitId()).isEqualTo(t.tenant().workUnit().id().value());
        assertThat(monitored.href()).isEqualTo("/console/risk/2566/measures/" + t.measureId());
        DueItem open = items.stream().filter(i -> i.href().endsWith(unmonitored.toString())).findFirst().orElseThrow();
        assertThat(open.done()).isFalse();
        assertThat(open.unitId()).isEqualTo(t.tenant().section().id().value());
        assertThat(open.titleTh()).contains("จัดทำคู่มือประชาชน");
    }

    @Test
    void nothingIsDueMoreThanTwoWeeksAhead() {
        assertThat(mine(LocalDate.of(2023, 4, 1))).isEmpty();
    }

    @Test
    void afterTheDueDateTheRoundStaysDueAsOverdue() {
        List<DueItem> items = mine(LocalDate.of(2023, 5, 10));
        assertThat(items).filteredOn(item -> !item.done()).singleElement().satisfies(item -> {
            assertThat(item.dueDate()).isEqualTo(LocalDate.of(2023, 4, 30));
            assertThat(item.href()).endsWith(unmonitored.toString());
        });
    }

    @Test
    void roundTwoComesDueInOctober() {
        List<DueItem> items = mine(LocalDate.of(2023, 10, 20));
        assertThat(items).filteredOn(item -> item.dueDate().equals(LocalDate.of(2023, 10, 31)))
                .hasSize(2).allSatisfy(item -> {
                    assertThat(item.done()).isFalse();
                    assertThat(item.titleEn()).contains("round 2");
                });
    }

    private List<DueItem> mine(LocalDate today) {
        return due.dueItems(today).stream().filter(item -> item.tenantId().equals(t.tenant().id().value())).toList();
    }
}

package org.sujarit.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.sujarit.support.ComplaintFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.WebTest;

/**
 * Found by trying the built jar: the year's small-cell pattern is cached, and a figure read after it
 * (a local government's first complaints) was shown as read — 3 complaints printed as "3" because
 * the pattern from before did not know them. A count shown must be the count the pattern was worked
 * out over. Caches here live an hour, so nothing is recomputed behind the test's back.
 */
@WebTest
@TestPropertySource(properties = {"sujarit.test.fresh-database=true", "sujarit.oversight.cache-ttl=PT1H",
        "sujarit.oversight.refresh=PT1H", "sujarit.notifications.cron=-"})
class StaleSmallCellsTest {

    @Autowired TenantFixture tenants;
    @Autowired IndicatorMaintenance maintenance;
    @Autowired OversightFigures figures;
    @Autowired ComplaintFixture complaints;

    @Test
    void aCountReadAfterTheYearsPatternIsNeverShownOutsideIt() {
        TenantFixture.Tenant first = tenants.create("21");
        file(first, 8);
        maintenance.refreshStale();
        int year = figures.currentYear();
        OversightFigures.LaoRef one = figures.lao(first.organisation().slug()).orElseThrow();
        assertThat(figures.lao(one, year).cell("complaint.received").value()).isEqualByComparingTo("8");

        TenantFixture.Tenant second = tenants.create("21");
        file(second, 3);
        maintenance.refreshStale();
        Cell three = figures.lao(figures.lao(second.organisation().slug()).orElseThrow(), year).cell("complaint.received");
        assertThat(three.shown() && three.value() != null && three.value().intValue() == 3)
                .as("3 complaints shown as 3 while the cached pattern predates them: %s", three).isFalse();
        Cell median = figures.lao(figures.lao(second.organisation().slug()).orElseThrow(), year).cell("complaint.median-days");
        assertThat(median.shown()).as("a figure over a base of 3, read with it").isFalse();
    }

    private void file(TenantFixture.Tenant t, int n) {
        complaints.general(t, n);
    }
}

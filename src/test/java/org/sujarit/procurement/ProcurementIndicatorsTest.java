package org.sujarit.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.shared.IndicatorSource.Value;
import org.sujarit.staff.Role;
import org.sujarit.support.IndicatorChecks;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * The monthly summaries' oversight figures for several tenants at once. On 20 March 2025 five
 * months of FY2568 are due (October to February, each by the 15th of the next month); A published
 * October on time (late evening of the 15th, Bangkok time), November late (early on the 16th, still
 * the 15th in UTC), February on time and March early, and left December a draft and January empty.
 */
@SpringBootTest
class ProcurementIndicatorsTest {

    private static final LocalDate MARCH_20 = LocalDate.of(2025, 3, 20);

    @Autowired ProcurementIndicators indicators;
    @Autowired ProcurementSummaries summaries;
    @Autowired TenantFixture fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void monthsPublishedByTheFifteenthOfTheNextAndMonthsOverdue() {
        Tenant a = fixtures.create();
        publish(a, 1, "2024-11-15T23:30:00+07:00");
        declareNone(a, 2, "2024-12-16T06:00:00+07:00");
        summaries.addPurchase(a.id(), 2568, 3, ProcurementRulesTest.roadRepair(a.marker()), officer(a));
        publish(a, 5, "2025-03-10T10:00:00+07:00");
        publish(a, 6, "2025-03-18T10:00:00+07:00");
        Tenant b = fixtures.create();
        publish(b, 1, "2025-01-02T10:00:00+07:00");
        Tenant c = fixtures.create();

        List<Value> all = compute(MARCH_20, a, b, c);
        IndicatorChecks.wellDefined(indicators, all);

        Map<String, Value> a2568 = IndicatorChecks.of(all, a.id().value(), 2568);
        assertThat(a2568.get(ProcurementIndicators.ON_TIME).value()).isEqualByComparingTo("40.00");
        assertThat(a2568.get(ProcurementIndicators.ON_TIME).numerator()).isEqualByComparingTo("2");
        assertThat(a2568.get(ProcurementIndicators.ON_TIME).denominator()).isEqualByComparingTo("5");
        assertThat(a2568.get(ProcurementIndicators.OVERDUE).value()).isEqualByComparingTo("2");
        assertThat(a2568.get(ProcurementIndicators.OVERDUE).value().longValue()).isEqualTo(summaries.year(a.id(), 2568)
                .stream().filter(m -> m.overdueOn(MARCH_20)).count());

        Map<String, Value> b2568 = IndicatorChecks.of(all, b.id().value(), 2568);
        assertThat(b2568.get(ProcurementIndicators.ON_TIME).value()).isEqualByComparingTo("0");
        assertThat(b2568.get(ProcurementIndicators.OVERDUE).value()).isEqualByComparingTo("4");

        Map<String, Value> c2568 = IndicatorChecks.of(all, c.id().value(), 2568);
        assertThat(c2568.get(ProcurementIndicators.ON_TIME).value()).isEqualByComparingTo("0");
        assertThat(c2568.get(ProcurementIndicators.OVERDUE).value()).isEqualByComparingTo("5");
        assertThat(all).filteredOn(v -> v.tenantId().equals(c.id().value())).extracting(Value::fiscalYear).containsOnly(2568);

        Map<String, Value> beforeAnyIsDue = IndicatorChecks.of(compute(LocalDate.of(2024, 11, 10), c), c.id().value(), 2568);
        assertThat(beforeAnyIsDue.get(ProcurementIndicators.ON_TIME).value()).isNull();
        assertThat(beforeAnyIsDue.get(ProcurementIndicators.ON_TIME).denominator()).isEqualByComparingTo("0");
        assertThat(beforeAnyIsDue.get(ProcurementIndicators.OVERDUE).value()).isEqualByComparingTo("0");

        assertThat(all).filteredOn(v -> v.tenantId().equals(a.id().value()))
                .containsExactlyInAnyOrderElementsOf(compute(MARCH_20, a));

        Map<String, Value> nextYear = IndicatorChecks.of(compute(LocalDate.of(2025, 11, 20), a), a.id().value(), 2568);
        assertThat(nextYear.get(ProcurementIndicators.ON_TIME).value()).isEqualByComparingTo("25.00");
        assertThat(nextYear.get(ProcurementIndicators.OVERDUE).value()).isEqualByComparingTo("8");
        assertThat(IndicatorChecks.of(compute(LocalDate.of(2025, 11, 20), a), a.id().value(), 2569)
                .get(ProcurementIndicators.OVERDUE).value()).isEqualByComparingTo("1");

        summaries.unpublish(a.id(), 2568, 5, officer(a));
        Map<String, Value> unpublished = IndicatorChecks.of(compute(MARCH_20, a), a.id().value(), 2568);
        assertThat(unpublished.get(ProcurementIndicators.ON_TIME).value()).isEqualByComparingTo("20.00");
        assertThat(unpublished.get(ProcurementIndicators.OVERDUE).value()).isEqualByComparingTo("3");
    }

    @Test
    void procurementChangesAloneConcernIt() {
        assertThat(indicators.name()).isEqualTo("procurement");
        assertThat(indicators.affectedBy("procurement.no-procurement-declared")).isTrue();
        assertThat(indicators.affectedBy("procurement.unpublished")).isTrue();
        assertThat(indicators.affectedBy("plan.published")).isFalse();
    }

    private List<Value> compute(LocalDate today, Tenant... tenants) {
        return indicators.compute(Arrays.stream(tenants).map(t -> t.id().value()).toList(), today);
    }

    private void publish(Tenant tenant, int month, String at) {
        summaries.addPurchase(tenant.id(), 2568, month, ProcurementRulesTest.roadRepair(tenant.marker()), officer(tenant));
        summaries.publish(tenant.id(), 2568, month, officer(tenant));
        publishedAt(tenant, month, at);
    }

    private void declareNone(Tenant tenant, int month, String at) {
        summaries.declareNoProcurement(tenant.id(), 2568, month, officer(tenant));
        publishedAt(tenant, month, at);
    }

    private void publishedAt(Tenant tenant, int month, String at) {
        jdbc.sql("update procurement_month set published_at = ? where tenant_id = ? and fiscal_year = 2568 and fiscal_month = ?")
                .params(Timestamp.from(OffsetDateTime.parse(at).toInstant()), tenant.id().value(), month).update();
    }

    private static UUID officer(Tenant tenant) {
        return tenant.userId(Role.INTEGRITY_OFFICER);
    }
}

package org.sujarit.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.disclosure.ItemState.State;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.IndicatorSource.Kind;
import org.sujarit.shared.IndicatorSource.Value;
import org.sujarit.staff.Role;
import org.sujarit.support.IndicatorChecks;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** The ITA readiness indicators, taken from each tenant's catalogue as the disclosure portal builds it. */
@WebTest
class DisclosureIndicatorsTest {

    @Autowired DisclosureIndicators indicators;
    @Autowired Disclosures disclosures;
    @Autowired TenantFixture fixtures;
    @Autowired Clock clock;

    @Test
    void readinessAndOverdueAreThePortalsOwnAndEachTenantHasItsOwn() {
        Tenant quiet = fixtures.create();
        Tenant busy = fixtures.create();
        FiscalYear year = disclosures.currentYear();
        LocalDate today = LocalDate.now(clock);
        int overdueBefore = overdue(busy, today);
        disclosures.publish(busy.id(), year, "O1", new PublicationDraft("ONCE", "โครงสร้างส่วนราชการ " + busy.marker(), today,
                "https://example.org/structure", null, null, null), busy.userId(Role.INTEGRITY_OFFICER));

        List<Value> values = indicators.compute(List.of(quiet.id().value(), busy.id().value()), today);
        IndicatorChecks.wellDefined(indicators, values);

        Catalogue quietCatalogue = disclosures.catalogue(quiet.id(), quiet.organisation().slug(), year);
        Value quietReadiness = value(values, quiet, year.buddhistYear(), DisclosureIndicators.READINESS);
        assertThat(quietReadiness.numerator()).as("the corruption channel and other live evidence count by themselves")
                .isEqualByComparingTo(BigDecimal.valueOf(quietCatalogue.readyCount())).isPositive();
        assertThat(quietReadiness.denominator()).isEqualByComparingTo(BigDecimal.valueOf(quietCatalogue.items().size()));
        assertThat(value(values, quiet, year.buddhistYear(), DisclosureIndicators.OVERDUE).value())
                .isEqualByComparingTo(BigDecimal.valueOf(quietCatalogue.counts().get(State.OVERDUE)));

        Value busyReadiness = value(values, busy, year.buddhistYear(), DisclosureIndicators.READINESS);
        assertThat(busyReadiness.numerator()).as("O1 published").isEqualByComparingTo(quietReadiness.numerator().add(BigDecimal.ONE));
        assertThat(value(values, busy, year.buddhistYear(), DisclosureIndicators.OVERDUE).value().intValueExact())
                .isEqualTo(overdueBefore - 1);
        assertThat(values).extracting(Value::fiscalYear).as("nothing published for another year").containsOnly(year.buddhistYear());
    }

    @Test
    void anEarlierYearCountsOnceSomethingWasPublishedForIt() {
        Tenant t = fixtures.create();
        Tenant other = fixtures.create();
        FiscalYear last = disclosures.currentYear().previous();
        LocalDate today = LocalDate.now(clock);
        disclosures.publish(t.id(), last, "O1", new PublicationDraft("ONCE", "โครงสร้างส่วนราชการ " + t.marker(), today,
                "https://example.org/structure", null, null, null), t.userId(Role.INTEGRITY_OFFICER));

        List<Value> values = indicators.compute(List.of(t.id().value(), other.id().value()), today);

        Catalogue catalogue = disclosures.catalogue(t.id(), t.organisation().slug(), last);
        assertThat(value(values, t, last.buddhistYear(), DisclosureIndicators.READINESS).numerator())
                .isEqualByComparingTo(BigDecimal.valueOf(catalogue.readyCount()));
        assertThat(values).filteredOn(v -> v.tenantId().equals(other.id().value()))
                .extracting(Value::fiscalYear).containsOnly(last.next().buddhistYear());
    }

    @Test
    void anItemFallsOverdueAsItsDueDatePassesWithoutAnyChange() {
        Tenant t = fixtures.create();
        FiscalYear year = disclosures.currentYear();

        int onTheFirstDay = overdue(t, year.firstDay());
        int aMonthLater = overdue(t, year.firstDay().plusDays(31));

        assertThat(onTheFirstDay).as("nothing is past due on the first day").isZero();
        assertThat(aMonthLater).as("O1 was due on the first day, October's items by then").isPositive();
    }

    @Test
    void theDefinitions() {
        assertThat(indicators.indicators()).extracting(i -> i.key() + " " + i.kind() + " " + i.higherIsBetter())
                .containsExactly("disclosure.readiness SHARE true", "disclosure.overdue COUNT false");
        assertThat(indicators.indicators()).allSatisfy(i -> {
            assertThat(i.smallCount()).isFalse();
            assertThat(i.evidenceFor(2568)).isEqualTo("/disclosure?year=2568&view=ita");
        });
        assertThat(indicators.indicators().get(0).kind()).isEqualTo(Kind.SHARE);
        assertThat(indicators.affectedBy("disclosure.published")).isTrue();
        assertThat(indicators.affectedBy("plan.published")).isTrue();
        assertThat(indicators.affectedBy("procurement.published")).isTrue();
        assertThat(indicators.affectedBy("gift-policy-declaration.published")).isTrue();
        assertThat(indicators.affectedBy("complaint.filed")).as("the complaint evidence is always live").isFalse();
        assertThat(indicators.compute(List.of(), LocalDate.now(clock))).isEmpty();
    }

    private int overdue(Tenant t, LocalDate day) {
        List<Value> values = indicators.compute(List.of(t.id().value()), day);
        return value(values, t, FiscalYear.containing(day).buddhistYear(), DisclosureIndicators.OVERDUE).value().intValueExact();
    }

    private static Value value(List<Value> values, Tenant t, int year, String key) {
        Map<String, Value> byKey = IndicatorChecks.of(values, t.id().value(), year);
        assertThat(byKey).containsKey(key);
        return byKey.get(key);
    }
}

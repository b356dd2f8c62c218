package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.complaint.statistics.ComplaintStatistics;
import org.sujarit.complaint.statistics.YearStatistics.Figures;
import org.sujarit.complaint.statistics.YearStatistics.Period;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.IndicatorSource.Indicator;
import org.sujarit.shared.IndicatorSource.Kind;
import org.sujarit.shared.IndicatorSource.Value;
import org.sujarit.staff.Role;
import org.sujarit.support.IndicatorChecks;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * The complaint indicators over the sixteen cases of {@link StatisticsFixture} and a few of their
 * own, computed for several tenants at once, against the figures the public statistics page shows.
 */
@WebTest
class ComplaintIndicatorsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Autowired ComplaintIndicators indicators;
    @Autowired ComplaintStatistics statistics;
    @Autowired StatisticsFixture fixture;
    @Autowired TenantFixture tenants;
    @Autowired HandlingCases handlingCases;
    @Autowired JdbcClient jdbc;

    @Test
    void theYearsFiguresEachChannelApartAndTogether() {
        Tenant t = tenants.create();
        fixture.year2569(t);

        Map<String, Value> v = values(t, StatisticsFixture.YEAR, indicators.compute(List.of(t.id().value()), TODAY));

        assertThat(count(v, "complaint.received")).isEqualTo(16);
        assertThat(count(v, "complaint.received-general")).isEqualTo(14);
        assertThat(count(v, "complaint.received-corruption")).isEqualTo(2);
        assertThat(count(v, "complaint.finished")).isEqualTo(13);
        assertThat(count(v, "complaint.finished-corruption")).as("C2 not accepted").isEqualTo(1);
        assertThat(count(v, "complaint.within-deadline")).as("L2 kept by its explanation").isEqualTo(12);
        assertThat(count(v, "complaint.deadline-due")).as("R3, W4 late; R6, C1 unmet past due").isEqualTo(16);
        Value share = v.get("complaint.within-deadline-share");
        assertThat(share.value()).isEqualByComparingTo("75.00");
        assertThat(List.of(share.numerator(), share.denominator())).containsExactly(BigDecimal.valueOf(12), BigDecimal.valueOf(16));

        Value median = v.get("complaint.median-days");
        assertThat(median.value()).as("1 2 2 3 4 5 [5] 6 8 10 12 20 30").isEqualByComparingTo("5.0");
        assertThat(median.denominator()).isEqualByComparingTo("13");
        assertThat(v.get("complaint.median-days-general").value()).as("twelve finished: (5 + 6) / 2")
                .isEqualByComparingTo("5.5");
        assertThat(v.get("complaint.median-days-corruption").value()).as("C2 alone").isEqualByComparingTo("5.0");

        Value satisfaction = v.get("complaint.satisfaction");
        assertThat(satisfaction.value()).isEqualByComparingTo("4.00");
        assertThat(List.of(satisfaction.numerator(), satisfaction.denominator()))
                .containsExactly(BigDecimal.valueOf(28), BigDecimal.valueOf(7));
        assertThat(v.get("complaint.satisfied-share").value()).as("5 of 7").isEqualByComparingTo("71.43");
        assertThat(count(v, "complaint.rated-corruption")).isZero();
        assertThat(v).as("nothing rated, nothing to average").doesNotContainKeys("complaint.satisfaction-corruption",
                "complaint.satisfied-share-corruption");
    }

    @Test
    void everyCountAgreesWithTheStatisticsTheLocalGovernmentPublishes() {
        Tenant t = tenants.create();
        fixture.year2569(t);
        var year = statistics.year(t.id(), new FiscalYear(StatisticsFixture.YEAR));
        Map<String, Value> v = values(t, StatisticsFixture.YEAR, indicators.compute(List.of(t.id().value()), TODAY));

        Map<String, Figures> scopes = Map.of("", year.figures(Period.YEAR), "-general",
                year.figures(Period.YEAR, Channel.GENERAL), "-corruption", year.figures(Period.YEAR, Channel.CORRUPTION));
        scopes.forEach((suffix, f) -> {
            assertThat(count(v, "complaint.received" + suffix)).isEqualTo(f.received());
            assertThat(count(v, "complaint.finished" + suffix)).isEqualTo(f.finished());
            assertThat(count(v, "complaint.within-deadline" + suffix)).isEqualTo(f.withinDeadline());
            assertThat(count(v, "complaint.deadline-due" + suffix)).isEqualTo(f.deadlineDue());
            assertThat(count(v, "complaint.rated" + suffix)).isEqualTo(f.rated());
            assertThat(v.get("complaint.median-days" + suffix).value()).isEqualByComparingTo(f.medianDays());
            if (f.rated() > 0) {
                assertThat(v.get("complaint.satisfaction" + suffix).value()).isEqualByComparingTo(f.meanRating());
            }
        });
    }

    @Test
    void twoTenantsAtOnceKeepTheirOwnFiguresAndATenantWithoutCasesHasNone() {
        Tenant withFixture = tenants.create();
        fixture.year2569(withFixture);
        Tenant generalOnly = tenants.create();
        place(generalOnly, resolve(generalOnly, fixture.file(generalOnly, Channel.GENERAL, "roads")), LocalDate.of(2025, 10, 2), 3);
        Tenant none = tenants.create();

        List<Value> all = indicators.compute(List.of(withFixture.id().value(), generalOnly.id().value(), none.id().value()), TODAY);
        IndicatorChecks.wellDefined(indicators, all);

        assertThat(all).extracting(Value::tenantId).doesNotContain(none.id().value());
        assertThat(all).extracting(Value::fiscalYear).containsOnly(StatisticsFixture.YEAR);
        assertThat(count(values(withFixture, StatisticsFixture.YEAR, all), "complaint.received")).isEqualTo(16);
        Map<String, Value> other = values(generalOnly, StatisticsFixture.YEAR, all);
        assertThat(count(other, "complaint.received")).isEqualTo(1);
        assertThat(count(other, "complaint.received-general")).isEqualTo(1);
        assertThat(other.get("complaint.received-corruption")).as("a true zero, not a missing figure").isNotNull();
        assertThat(count(other, "complaint.received-corruption")).isZero();
        assertThat(other).doesNotContainKeys("complaint.median-days-corruption", "complaint.within-deadline-share-corruption");
        assertThat(other.get("complaint.median-days").value()).isEqualByComparingTo("3.0");
    }

    @Test
    void finishedOnTheFifteenthDayIsWithinTheRuleAndOnTheSixteenthIsNot() {
        Tenant t = tenants.create();
        place(t, resolve(t, fixture.file(t, Channel.GENERAL, "roads")), LocalDate.of(2025, 3, 3), 15);
        place(t, resolve(t, fixture.file(t, Channel.GENERAL, "roads")), LocalDate.of(2025, 3, 4), 16);

        Map<String, Value> v = values(t, 2568, indicators.compute(List.of(t.id().value()), TODAY));

        assertThat(count(v, "complaint.deadline-due")).isEqualTo(2);
        assertThat(count(v, "complaint.within-deadline")).isEqualTo(1);
        assertThat(v.get("complaint.within-deadline-share").value()).isEqualByComparingTo("50.00");
        assertThat(v.get("complaint.median-days").value()).as("(15 + 16) / 2").isEqualByComparingTo("15.5");
    }

    @Test
    void anUnmetDeadlineIsOverOnceNoticedOrDueBeforeTheDay() {
        Tenant t = tenants.create();
        UUID open = fixture.file(t, Channel.CORRUPTION, "procurement");
        place(t, open, LocalDate.of(2025, 3, 3), null);
        jdbc.sql("update complaint_deadline set overdue_noticed_at = null where tenant_id = ? and case_id = ?")
                .params(t.id().value(), open).update();

        Function<LocalDate, Map<String, Value>> on = day -> values(t, 2568, indicators.compute(List.of(t.id().value()), day));

        assertThat(count(on.apply(LocalDate.of(2025, 3, 10)), "complaint.deadline-due-corruption")).as("not yet due").isZero();
        assertThat(count(on.apply(LocalDate.of(2025, 3, 20)), "complaint.deadline-due-corruption")).isEqualTo(1);
        assertThat(count(on.apply(LocalDate.of(2025, 3, 20)), "complaint.within-deadline-corruption")).isZero();
        jdbc.sql("update complaint_deadline set overdue_noticed_at = due_at where tenant_id = ? and case_id = ? and kind = 'ACTION'")
                .params(t.id().value(), open).update();
        assertThat(count(on.apply(LocalDate.of(2025, 3, 10)), "complaint.deadline-due-corruption"))
                .as("noticed by the deadline check").isEqualTo(1);
        assertThat(on.apply(LocalDate.of(2025, 3, 10))).doesNotContainKey("complaint.median-days-corruption");
        // leave no lapse unnoticed behind in the shared database: the deadline check of other tests counts them all
        jdbc.sql("update complaint_deadline set overdue_noticed_at = due_at where tenant_id = ? and case_id = ? and met_at is null")
                .params(t.id().value(), open).update();
    }

    @Test
    void theDefinitionsTieEachChannelToItsTotalAndEachFigureToItsBase() {
        Map<String, Indicator> defined = indicators.indicators().stream()
                .collect(Collectors.toMap(Indicator::key, Function.identity()));

        assertThat(defined).hasSize(27);
        assertThat(defined.get("complaint.received-general").partOf()).isEqualTo("complaint.received");
        assertThat(defined.get("complaint.received-corruption").partOf()).isEqualTo("complaint.received");
        assertThat(defined.get("complaint.received").smallCount()).isTrue();
        assertThat(defined.get("complaint.within-deadline-share-general").base()).isEqualTo("complaint.deadline-due-general");
        assertThat(defined.get("complaint.median-days").kind()).isEqualTo(Kind.MEDIAN);
        assertThat(defined.get("complaint.median-days").base()).isEqualTo("complaint.finished");
        assertThat(defined.get("complaint.satisfaction-corruption").base()).isEqualTo("complaint.rated-corruption");
        assertThat(defined.values()).allSatisfy(i -> {
            assertThat(i.evidence()).startsWith("/complaints/statistics?year={year}");
            assertThat(i.base() == null || defined.get(i.base()).smallCount()).isTrue();
            assertThat(i.partOf() == null || defined.containsKey(i.partOf())).isTrue();
        });
        assertThat(indicators.affectedBy("complaint.status-changed")).isTrue();
        assertThat(indicators.affectedBy("complaint.rated")).isTrue();
        assertThat(indicators.affectedBy("complaint.overdue-flagged")).isTrue();
        assertThat(indicators.affectedBy("complaint.contact-viewed")).isFalse();
        assertThat(indicators.affectedBy("plan.published")).isFalse();
    }

    private UUID resolve(Tenant t, UUID id) {
        UUID officer = t.userId(Role.INTEGRITY_OFFICER);
        handlingCases.move(t.id(), id, CaseStatus.ACKNOWLEDGED, "รับทราบ", null, null, officer);
        handlingCases.move(t.id(), id, CaseStatus.ACCEPTED, "รับเรื่อง", null, null, officer);
        handlingCases.move(t.id(), id, CaseStatus.ASSIGNED, "มอบหมาย", null, t.workUnit().id().value(), officer);
        handlingCases.move(t.id(), id, CaseStatus.IN_PROGRESS, "เริ่มงาน", null, null, officer);
        handlingCases.move(t.id(), id, CaseStatus.RESOLVED, "แก้ไขแล้ว", "ดำเนินการแก้ไขเรียบร้อยแล้ว", null, officer);
        return id;
    }

    private void place(Tenant t, UUID id, LocalDate filedOn, Integer days) {
        fixture.place(t.id(), id, filedOn, days);
    }

    private static Map<String, Value> values(Tenant t, int year, List<Value> values) {
        return IndicatorChecks.of(values, t.id().value(), year);
    }

    private static int count(Map<String, Value> values, String key) {
        assertThat(values).containsKey(key);
        assertThat(values.get(key).value().scale()).isLessThanOrEqualTo(0);
        return values.get(key).value().intValueExact();
    }
}

package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.complaint.statistics.YearStatistics.CategoryFigures;
import org.sujarit.complaint.statistics.YearStatistics.Figures;
import org.sujarit.complaint.statistics.YearStatistics.Period;
import org.sujarit.complaint.statistics.YearStatistics.Prevention;
import org.sujarit.shared.FiscalYear;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;
import org.sujarit.complaint.statistics.YearStatistics;
import org.sujarit.complaint.statistics.ComplaintStatistics;

/** The year's figures counted in PostgreSQL over the sixteen cases of {@link StatisticsFixture}. */
@WebTest
class ComplaintStatisticsTest {

    @Autowired ComplaintStatistics statistics;
    @Autowired StatisticsFixture fixture;
    @Autowired TenantFixture tenants;

    @Test
    void theYearAddsUpOverEveryStateAndBothChannels() {
        YearStatistics s = year(fixture.shared());
        Figures all = s.figures(Period.YEAR);

        assertThat(all.received()).isEqualTo(16);
        assertThat(all.finished()).isEqualTo(13);
        assertThat(all.inProgress()).isEqualTo(3);
        assertThat(all.notAccepted()).as("R4, R5 referred, C2").isEqualTo(3);
        assertThat(all.referred()).isEqualTo(1);
        assertThat(all.resolved()).isEqualTo(10);
        assertThat(all.withinDeadline()).as("L2 kept by its explanation").isEqualTo(12);
        assertThat(all.overDeadline()).as("R3 and W4 late, R6 and C1 unmet past due").isEqualTo(4);
        assertThat(all.withinShare()).isEqualByComparingTo("75.0");
        assertThat(all.medianDays()).as("1 2 2 3 4 5 [5] 6 8 10 12 20 30").isEqualByComparingTo("5.0");
        assertThat(all.rated()).isEqualTo(7);
        assertThat(all.meanRating()).isEqualByComparingTo("4.00");
        assertThat(all.satisfied()).isEqualTo(5);
        assertThat(all.satisfiedShare()).isEqualByComparingTo("71.4");
        assertThat(all.meetsSatisfactionTarget()).isFalse();

        Figures general = s.figures(Period.YEAR, Channel.GENERAL);
        assertThat(general.received()).isEqualTo(14);
        assertThat(general.finished()).isEqualTo(12);
        assertThat(general.medianDays()).as("(5 + 6) / 2").isEqualByComparingTo("5.5");
        Figures corruption = s.figures(Period.YEAR, Channel.CORRUPTION);
        assertThat(List.of(corruption.received(), corruption.finished(), corruption.inProgress(), corruption.overDeadline()))
                .containsExactly(2, 1, 1, 1);
        assertThat(corruption.satisfiedShare()).isNull();
    }

    @Test
    void halvesAndMonthsFollowTheDayEachCaseWasFiled() {
        YearStatistics s = year(fixture.shared());

        assertThat(s.figures(Period.half(1)).received()).isEqualTo(7);
        assertThat(s.figures(Period.half(2)).received()).isEqualTo(9);
        assertThat(s.figures(Period.half(1), Channel.CORRUPTION).received()).isEqualTo(1);
        assertThat(s.figures(Period.half(2)).inProgress()).as("L2").isEqualTo(1);
        assertThat(Period.YEAR.months().stream().map(m -> s.figures(m).received()).toList())
                .as("October to September").containsExactly(2, 2, 1, 1, 1, 0, 1, 2, 5, 1, 0, 0);
        assertThat(s.figures(Period.month(11), Channel.CORRUPTION).received()).isEqualTo(1);
        assertThat(s.figures(Period.month(6)).medianDays()).isEqualByComparingTo("6.0");
        assertThat(s.figures(Period.month(2)).overDeadline()).as("R6").isEqualTo(1);
    }

    @Test
    void categoriesComeInTheTenantsOrderWithTheirOwnFigures() {
        Tenant t = fixture.shared();
        YearStatistics s = year(t);

        List<CategoryFigures> general = s.byCategory(Period.YEAR, Channel.GENERAL);
        assertThat(general).extracting(c -> c.category().code()).startsWith("roads", "lighting", "water")
                .contains("other").doesNotContain("procurement");
        Figures roads = general.get(0).figures();
        assertThat(List.of(roads.received(), roads.finished(), roads.inProgress(), roads.withinDeadline(),
                roads.overDeadline())).containsExactly(6, 5, 1, 4, 2);
        Figures lighting = general.get(1).figures();
        assertThat(List.of(lighting.received(), lighting.finished(), lighting.withinDeadline())).containsExactly(3, 2, 3);
        assertThat(general.get(3).figures()).isEqualTo(Figures.NONE);
        assertThat(s.figures(Period.half(2), general.get(2).category().id()).received()).isEqualTo(5);
        assertThat(s.byCategory(Period.YEAR, Channel.CORRUPTION).get(0).figures().received()).isEqualTo(2);
    }

    @Test
    void causesAndMeasuresComeFromHandledCases() {
        YearStatistics s = year(fixture.shared());

        assertThat(s.causes()).isEqualTo(Map.of(Cause.INFRASTRUCTURE, 2, Cause.OUTSIDE_MANDATE, 1, Cause.UNFOUNDED, 1));
        assertThat(s.causesByFrequency().get(0).getKey()).isEqualTo(Cause.INFRASTRUCTURE);
        assertThat(s.casesWithCause()).isEqualTo(4);
        assertThat(s.preventions()).containsExactly(new Prevention(Cause.INFRASTRUCTURE, StatisticsFixture.MEASURE, 2));
    }

    @Test
    void onlyTheTenantsOwnCasesOfTheYearCount() {
        Tenant t = fixture.shared();
        Tenant other = tenants.create();
        fixture.file(other, Channel.GENERAL, "roads");

        assertThat(year(other).figures(Period.YEAR).received()).isZero();
        assertThat(year(other).none()).isTrue();
        assertThat(year(t).figures(Period.YEAR).received()).isEqualTo(16);
        FiscalYear current = statistics.current();
        assertThat(statistics.year(other.id(), current).figures(Period.YEAR).received()).isEqualTo(1);
        assertThat(statistics.year(t.id(), current).none()).isTrue();
        assertThat(statistics.years(t.id())).containsExactly(current.buddhistYear(), StatisticsFixture.YEAR);
    }

    private YearStatistics year(Tenant t) {
        return statistics.year(t.id(), new FiscalYear(StatisticsFixture.YEAR));
    }
}

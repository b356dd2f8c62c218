package org.sujarit.complaint.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sujarit.complaint.CaseView.Category;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.statistics.PublicStatistics.ChannelFigures;
import org.sujarit.complaint.statistics.PublicStatistics.HalfMonths;
import org.sujarit.complaint.statistics.PublicStatistics.Line;
import org.sujarit.complaint.statistics.PublicStatistics.MonthLine;
import org.sujarit.complaint.statistics.YearStatistics.Figures;
import org.sujarit.complaint.statistics.YearStatistics.Period;
import org.sujarit.complaint.statistics.YearStatistics.Slice;
import org.sujarit.shared.FiscalYear;

/** The public figures built from a year's full figures: merged, with periods of no complaints said so. */
class PublicStatisticsTest {

    private final Category roads = category(Channel.GENERAL, "roads", 1);
    private final Category lighting = category(Channel.GENERAL, "lighting", 2);
    private final Category water = category(Channel.GENERAL, "water", 3);
    private final Category procurement = category(Channel.CORRUPTION, "procurement", 1);

    @Test
    void aCategoryWithThreeCasesIsFoldedIntoOtherCategories() {
        Map<Slice, Figures> slices = new HashMap<>();
        put(slices, Period.YEAR, Channel.GENERAL, null, figures(15, 12, 8));
        put(slices, Period.YEAR, null, roads.id(), figures(7, 6, 5));
        put(slices, Period.YEAR, null, lighting.id(), figures(3, 2, 0));
        put(slices, Period.YEAR, null, water.id(), figures(5, 4, 3));
        put(slices, Period.half(1), Channel.GENERAL, null, figures(15, 12, 8));
        put(slices, Period.month(10), Channel.GENERAL, null, figures(9, 8, 4));
        put(slices, Period.month(11), Channel.GENERAL, null, figures(6, 4, 4));

        ChannelFigures general = PublicStatistics.of(year(slices)).channel(Channel.GENERAL);

        assertThat(general.year().categories()).extracting(c -> c.category().code()).containsExactly("roads");
        assertThat(general.year().otherCategories().received().value()).as("lighting 3 and water 5").isEqualTo(8);
        Line total = general.year().total();
        assertThat(total.received().value()).isEqualTo(15);
        assertThat(total.finished().value()).isEqualTo(12);
        assertThat(total.inProgress().fewerThanFive()).as("3 in progress").isTrue();
        assertThat(total.satisfiedShare()).as("8 rated").isEqualByComparingTo("75.0");
        assertThat(total.medianDays()).isEqualByComparingTo("4.0");

        HalfMonths first = general.months().get(0);
        assertThat(first.months()).extracting(MonthLine::merged).containsExactly(false, false, false, false, false, false);
        assertThat(first.months().get(0).received().value()).isEqualTo(9);
        assertThat(first.months().get(2).received().none()).as("December: none").isTrue();
        assertThat(first.otherMonths()).isNull();
    }

    @Test
    void aChannelOrPeriodWithoutComplaintsSaysSo() {
        Map<Slice, Figures> slices = new HashMap<>();
        put(slices, Period.YEAR, Channel.GENERAL, null, figures(6, 6, 6));
        put(slices, Period.half(1), Channel.GENERAL, null, figures(6, 6, 6));

        PublicStatistics stats = PublicStatistics.of(year(slices));

        assertThat(stats.channel(Channel.CORRUPTION).none()).isTrue();
        assertThat(stats.channel(Channel.GENERAL).none()).isFalse();
        Line secondHalf = stats.channel(Channel.GENERAL).halves().get(1).total();
        assertThat(secondHalf.none()).isTrue();
        assertThat(secondHalf.received().none()).isTrue();
        assertThat(secondHalf.detailed()).isFalse();
    }

    @Test
    void aLineUnderFiveGivesOnlyItsTotalAsFewerThanFive() {
        Map<Slice, Figures> slices = new HashMap<>();
        put(slices, Period.YEAR, Channel.CORRUPTION, null, figures(2, 1, 1));
        put(slices, Period.YEAR, null, procurement.id(), figures(2, 1, 1));
        put(slices, Period.month(11), Channel.CORRUPTION, null, figures(1, 1, 1));
        put(slices, Period.month(12), Channel.CORRUPTION, null, figures(1, 0, 0));

        ChannelFigures corruption = PublicStatistics.of(year(slices)).channel(Channel.CORRUPTION);

        Line total = corruption.year().total();
        assertThat(total.received().fewerThanFive()).isTrue();
        assertThat(total.none()).isFalse();
        assertThat(total.detailed()).isFalse();
        assertThat(total.finished()).isNull();
        assertThat(total.satisfiedShare()).isNull();
        assertThat(corruption.year().categories()).isEmpty();
        assertThat(corruption.year().otherCategories().received().fewerThanFive()).isTrue();
        HalfMonths first = corruption.months().get(0);
        assertThat(first.months()).extracting(MonthLine::merged).containsExactly(false, true, true, false, false, false);
        assertThat(first.otherMonths().fewerThanFive()).isTrue();
    }

    private YearStatistics year(Map<Slice, Figures> slices) {
        return new YearStatistics(new FiscalYear(2569), Instant.parse("2026-10-01T00:00:00Z"),
                List.of(roads, lighting, water, procurement), slices, Map.of(), List.of());
    }

    private static void put(Map<Slice, Figures> slices, Period period, Channel channel, UUID category, Figures figures) {
        slices.put(new Slice(period, channel, category), figures);
    }

    /** Received, finished and rated; six of every eight ratings 4 or 5, a median of 4 days. */
    private static Figures figures(int received, int finished, int rated) {
        return new Figures(received, finished, 0, 0, finished, 0, finished == 0 ? null : new BigDecimal("4.0"), rated,
                rated == 0 ? null : new BigDecimal("4.10"), rated * 6 / 8);
    }

    private static Category category(Channel channel, String code, int position) {
        return new Category(UUID.randomUUID(), channel, code, code, code, null, null, null, position, true);
    }
}

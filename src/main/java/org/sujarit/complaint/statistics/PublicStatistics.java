package org.sujarit.complaint.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.sujarit.complaint.CaseView.Category;
import org.sujarit.complaint.statistics.SmallCounts.Merged;
import org.sujarit.complaint.statistics.SmallCounts.Shown;
import org.sujarit.complaint.statistics.YearStatistics.CategoryFigures;
import org.sujarit.complaint.statistics.YearStatistics.Figures;
import org.sujarit.complaint.statistics.YearStatistics.Period;
import org.sujarit.complaint.Channel;

/**
 * A year's complaint figures as the public may see them, each channel on its own (the corruption
 * channel is kept apart from the general one, and no total of the two is published, so that
 * neither can be worked out from the other): the year and its halves with their categories, and
 * the months of each half, merged by {@link SmallCounts}. A line with fewer than 5 cases gives its
 * total only; shares, medians and means are published only over 5 cases or more.
 */
public record PublicStatistics(int fiscalYear, Instant asOf, List<ChannelFigures> channels) {

    /**
     * One row of public figures. {@code none}: no complaint in it. Null fields are not published
     * (the line has fewer than 5 cases, or what they are computed from does).
     */
    public record Line(boolean none, Shown received, Shown finished, Shown inProgress, Shown notAccepted, Shown referred,
                       BigDecimal withinShare, BigDecimal medianDays, Shown rated, BigDecimal meanRating,
                       BigDecimal satisfiedShare) {

        static Line of(Figures f) {
            Shown received = SmallCounts.show(f.received());
            if (!SmallCounts.enough(f.received())) {
                return new Line(f.received() == 0, received, null, null, null, null, null, null, null, null, null);
            }
            boolean rated = SmallCounts.enough(f.rated());
            return new Line(false, received, SmallCounts.show(f.finished()), SmallCounts.show(f.inProgress()),
                    SmallCounts.show(f.notAccepted()), SmallCounts.show(f.referred()),
                    SmallCounts.enough(f.deadlineDue()) ? f.withinShare() : null,
                    SmallCounts.enough(f.finished()) ? f.medianDays() : null, SmallCounts.show(f.rated()),
                    rated ? f.meanRating() : null, rated ? f.satisfiedShare() : null);
        }

        /** Whether more than the total is published. */
        public boolean detailed() {
            return finished != null;
        }
    }

    public record CategoryLine(Category category, Line line) {
    }

    /**
     * A period's figures for a channel: the total, the categories with 5 cases or more, and the
     * other categories together ({@code otherCategories} null when none had to be folded).
     */
    public record PeriodFigures(Period period, Line total, List<CategoryLine> categories, Line otherCategories) {
    }

    /** A month's count, or ({@code merged}) counted in its half's other months. */
    public record MonthLine(Period month, YearMonth yearMonth, Shown received, boolean merged) {
    }

    /** The months of a half; {@code otherMonths} is the merged months together, null when none was merged. */
    public record HalfMonths(Period half, List<MonthLine> months, Shown otherMonths) {
    }

    public record ChannelFigures(Channel channel, PeriodFigures year, List<PeriodFigures> halves, List<HalfMonths> months) {

        public boolean none() {
            return year.total().none();
        }
    }

    public static PublicStatistics of(YearStatistics statistics) {
        List<ChannelFigures> channels = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            channels.add(new ChannelFigures(channel, period(statistics, channel, Period.YEAR),
                    Period.halves().stream().map(half -> period(statistics, channel, half)).toList(),
                    Period.halves().stream().map(half -> months(statistics, channel, half)).toList()));
        }
        return new PublicStatistics(statistics.fiscalYear().buddhistYear(), statistics.asOf(), channels);
    }

    public ChannelFigures channel(Channel channel) {
        return channels.stream().filter(c -> c.channel() == channel).findFirst().orElseThrow();
    }

    private static PeriodFigures period(YearStatistics statistics, Channel channel, Period period) {
        Merged<CategoryFigures> merged = SmallCounts.merge(statistics.byCategory(period, channel),
                c -> c.figures().received());
        List<CategoryLine> shown = merged.shown().stream().map(c -> new CategoryLine(c.category(), Line.of(c.figures())))
                .toList();
        Line other = merged.folded().isEmpty() ? null : Line.of(merged.folded().stream().map(CategoryFigures::figures)
                .reduce(Figures.NONE, Figures::plus));
        return new PeriodFigures(period, Line.of(statistics.figures(period, channel)), shown, other);
    }

    private static HalfMonths months(YearStatistics statistics, Channel channel, Period half) {
        List<Period> months = half.months();
        Merged<Period> merged = SmallCounts.merge(months, m -> statistics.figures(m, channel).received());
        List<MonthLine> lines = months.stream().map(m -> {
            YearMonth yearMonth = YearMonth.of(m.christianYear(statistics.fiscalYear()), m.month());
            return merged.folded().contains(m) ? new MonthLine(m, yearMonth, null, true)
                    : new MonthLine(m, yearMonth, SmallCounts.show(statistics.figures(m, channel).received()), false);
        }).toList();
        return new HalfMonths(half, lines, merged.folded().isEmpty() ? null : merged.restShown());
    }
}

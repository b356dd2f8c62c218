package org.sujarit.complaint.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sujarit.complaint.CaseView.Category;
import org.sujarit.shared.FiscalYear;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Cause;
import org.sujarit.complaint.CaseStatus;

/**
 * A tenant's complaint figures for one fiscal year, as {@link ComplaintStatistics} counts them:
 * the cases filed in the year, by half-year and month, by channel and by category, with the
 * causes found and the preventive measures recorded. Staff see every figure; the public sees them
 * through {@link PublicStatistics}.
 */
public record YearStatistics(FiscalYear fiscalYear, Instant asOf, List<Category> categories, Map<Slice, Figures> slices,
                             Map<Cause, Integer> causes, List<Prevention> preventions) {

    /** The seed's target: at least 80% of the complainants who rate are satisfied (4 or 5 of 5). */
    public static final BigDecimal SATISFACTION_TARGET = BigDecimal.valueOf(80);

    public YearStatistics {
        categories = List.copyOf(categories);
        slices = Map.copyOf(slices);
        causes = Map.copyOf(causes);
        preventions = List.copyOf(preventions);
    }

    /**
     * The whole fiscal year, one of its halves (1: October–March, 2: April–September, the ITA's
     * six-month periods) or one of its months (calendar month 1–12, carrying its half).
     */
    public record Period(Integer half, Integer month) {

        public static final Period YEAR = new Period(null, null);
        /** The months of a fiscal year in order, October first. */
        public static final List<Integer> MONTHS = List.of(10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9);

        public static Period half(int half) {
            if (half != 1 && half != 2) {
                throw new IllegalArgumentException("A fiscal year has halves 1 and 2, not " + half);
            }
            return new Period(half, null);
        }

        public static Period month(int month) {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("No month " + month);
            }
            return new Period(month >= 4 && month <= 9 ? 2 : 1, month);
        }

        public static List<Period> halves() {
            return List.of(half(1), half(2));
        }

        public boolean isYear() {
            return half == null;
        }

        public boolean isHalf() {
            return half != null && month == null;
        }

        public boolean isMonth() {
            return month != null;
        }

        /** The months of this half, or of the year, in fiscal order. */
        public List<Period> months() {
            return MONTHS.stream().map(Period::month).filter(m -> isYear() || m.half().equals(half)).toList();
        }

        /** The calendar year a month of the fiscal year falls in: October–December in the year before. */
        public int christianYear(FiscalYear year) {
            return month >= 10 ? year.christianYear() - 1 : year.christianYear();
        }
    }

    /** Which cases a row of figures counts: a period, and a channel or a category (or neither: all). */
    public record Slice(Period period, Channel channel, UUID categoryId) {
    }

    /**
     * The figures of a set of cases filed in a period. Finished means handled ({@link
     * CaseStatus#HANDLED}: resolved, closed, not accepted or referred); not accepted counts the
     * referred ones too, which are also given apart. Within and over the deadline count the cases
     * whose 15-day action deadline came due: kept (action taken or explanation sent in time), or met
     * late or still unmet when the figures were taken.
     */
    public record Figures(int received, int finished, int notAccepted, int referred, int withinDeadline, int overDeadline,
                          BigDecimal medianDays, int rated, BigDecimal meanRating, int satisfied) {

        public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, null, 0, null, 0);

        public int inProgress() {
            return received - finished;
        }

        /** Finished after being taken on: resolved or closed. */
        public int resolved() {
            return finished - notAccepted;
        }

        /** Cases whose action deadline has come due or been met. */
        public int deadlineDue() {
            return withinDeadline + overDeadline;
        }

        /** Per cent of the cases due that were handled or explained within the deadline; null when none was due. */
        public BigDecimal withinShare() {
            return percent(withinDeadline, deadlineDue());
        }

        /** Per cent of the ratings that are 4 or 5; null when no one rated. */
        public BigDecimal satisfiedShare() {
            return percent(satisfied, rated);
        }

        public boolean meetsSatisfactionTarget() {
            BigDecimal share = satisfiedShare();
            return share != null && share.compareTo(SATISFACTION_TARGET) >= 0;
        }

        /** The counts of two sets of cases together; a median or mean cannot be added, so the sum has none. */
        public Figures plus(Figures other) {
            return new Figures(received + other.received, finished + other.finished, notAccepted + other.notAccepted,
                    referred + other.referred, withinDeadline + other.withinDeadline, overDeadline + other.overDeadline,
                    null, rated + other.rated, null, satisfied + other.satisfied);
        }

        static BigDecimal percent(int part, int whole) {
            return whole == 0 ? null
                    : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }
    }

    /** A category with its figures in a period. */
    public record CategoryFigures(Category category, Figures figures) {
    }

    /** A preventive measure recorded on handled cases of a cause, and on how many. */
    public record Prevention(Cause cause, String measure, int cases) {
    }

    /** All cases of the period. */
    public Figures figures(Period period) {
        return slices.getOrDefault(new Slice(period, null, null), Figures.NONE);
    }

    public Figures figures(Period period, Channel channel) {
        return slices.getOrDefault(new Slice(period, channel, null), Figures.NONE);
    }

    public Figures figures(Period period, UUID categoryId) {
        return slices.getOrDefault(new Slice(period, null, categoryId), Figures.NONE);
    }

    /** Whether no complaint at all was filed in the year. */
    public boolean none() {
        return figures(Period.YEAR).received() == 0;
    }

    /**
     * The channel's categories with their figures in the period, in the tenant's order: every
     * active category, and a hidden one only when it holds cases of the year.
     */
    public List<CategoryFigures> byCategory(Period period, Channel channel) {
        return categories.stream().filter(c -> c.channel() == channel)
                .filter(c -> c.active() || figures(Period.YEAR, c.id()).received() > 0)
                .sorted(Comparator.comparingInt(Category::position))
                .map(c -> new CategoryFigures(c, figures(period, c.id()))).toList();
    }

    /** The causes found, most frequent first, and how many handled cases each explains. */
    public List<Map.Entry<Cause, Integer>> causesByFrequency() {
        return causes.entrySet().stream()
                .sorted(Map.Entry.<Cause, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    public int casesWithCause() {
        return causes.values().stream().mapToInt(Integer::intValue).sum();
    }
}

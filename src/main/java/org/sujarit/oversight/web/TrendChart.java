package org.sujarit.oversight.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One indicator over fiscal years (Buddhist Era) for up to three places — e.g. a local
 * government, its province and the nation — as lines, laid out for an SVG {@value #WIDTH} units
 * wide that scales to a phone's width. Each point carries its value; a year without a value (or
 * with one withheld to protect a small count) breaks the line rather than joining across it, so a
 * missing year never looks like a trend. The series differ by colour, dash and marker, never by
 * colour alone, and every colour reads at 4.5:1 on white (the values are written in it). The value
 * axis starts at zero when no value is negative, and its ticks are round numbers (1, 2, 2.5 or 5
 * times a power of ten). The table beside it ({@code oversight/charts :: trend}) is its text
 * alternative.
 */
public final class TrendChart {

    public static final int WIDTH = 360;
    public static final int HEIGHT = 220;
    static final int MAX_SERIES = 3;
    static final int LEFT = 52;
    static final int RIGHT = 12;
    static final int TOP = 14;
    static final int BOTTOM = 28;
    /** Room left and right of the first and last year, so their values' labels fit. */
    static final int INSET = 22;
    private static final int LABEL_GAP = 13;

    private static final List<String> COLOURS = List.of("#0b5394", "#b45309", "#0f766e");
    private static final List<String> DASHES = List.of("none", "6 4", "2 3");
    private static final List<Marker> MARKERS = List.of(Marker.CIRCLE, Marker.SQUARE, Marker.DIAMOND);

    /** How a series marks its points. */
    public enum Marker { CIRCLE, SQUARE, DIAMOND }

    /** A year's state in a series. */
    public enum State { VALUE, NO_DATA, SUPPRESSED }

    /**
     * One year of one series; {@code x}, {@code y} and {@code labelY} are meaningful only with a value.
     *
     * @param value the formatted value, or null
     */
    public record Point(int year, State state, String value, double x, double y, double labelY) {

        public boolean hasValue() {
            return state == State.VALUE;
        }

        public boolean suppressed() {
            return state == State.SUPPRESSED;
        }

        /** The diamond marker's outline around the point. */
        public String diamond() {
            return fmt(x) + "," + fmt(y - 5) + " " + fmt(x + 5) + "," + fmt(y) + " " + fmt(x) + "," + fmt(y + 5) + " "
                    + fmt(x - 5) + "," + fmt(y);
        }
    }

    /**
     * One place's line.
     *
     * @param path   the SVG path: one {@code M … L …} run per stretch of consecutive years with values
     * @param points one per year of the chart, in order, including the gaps
     */
    public record Series(int index, String label, String colour, String dash, Marker marker, String path,
                         List<Point> points) {
    }

    /** A tick on the value axis. */
    public record Tick(String label, double y) {
    }

    /** A year on the time axis. */
    public record Year(int year, double x) {
    }

    /** What the template draws; the caption says what the values are, the table's columns are the series. */
    public record Model(String id, List<Year> years, List<Tick> ticks, List<Series> series) {

        public String viewBox() {
            return "0 0 " + WIDTH + " " + HEIGHT;
        }

        public int width() {
            return WIDTH;
        }

        public int height() {
            return HEIGHT;
        }

        public int plotLeft() {
            return LEFT;
        }

        public int plotRight() {
            return WIDTH - RIGHT;
        }

        public int plotTop() {
            return TOP;
        }

        public int plotBottom() {
            return HEIGHT - BOTTOM;
        }

        /** Where the years' labels sit, under the axis. */
        public int yearLabelY() {
            return HEIGHT - BOTTOM + 18;
        }

        public boolean anySuppressed() {
            return series.stream().flatMap(s -> s.points().stream()).anyMatch(Point::suppressed);
        }

        public boolean empty() {
            return series.stream().flatMap(s -> s.points().stream()).noneMatch(Point::hasValue);
        }
    }

    private TrendChart() {
    }

    /** Starts a chart over these fiscal years (Buddhist Era), oldest first; {@code id} must be unique on the page. */
    public static Builder chart(String id, int fromYear, int toYear) {
        return new Builder(id, fromYear, toYear);
    }

    /** The chart's inputs. */
    public static final class Builder {

        private record Input(String label, Map<Integer, BigDecimal> values, Set<Integer> suppressed) {
        }

        private final String id;
        private final int fromYear;
        private final int toYear;
        private final List<Input> inputs = new ArrayList<>();
        private Function<BigDecimal, String> format = value -> ChartNumbers.format(value, 1);

        private Builder(String id, int fromYear, int toYear) {
            if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("Not a usable id: " + id);
            }
            if (toYear < fromYear) {
                throw new IllegalArgumentException("Years run backwards: " + fromYear + "–" + toYear);
            }
            this.id = id;
            this.fromYear = fromYear;
            this.toYear = toYear;
        }

        /** A place's values by fiscal year; a year left out or mapped to null is a gap. */
        public Builder series(String label, Map<Integer, BigDecimal> values) {
            return series(label, values, Set.of());
        }

        /** As {@link #series(String, Map)}, with the years whose value is withheld to protect a small count. */
        public Builder series(String label, Map<Integer, BigDecimal> values, Set<Integer> suppressedYears) {
            if (inputs.size() == MAX_SERIES) {
                throw new IllegalArgumentException("At most " + MAX_SERIES + " series");
            }
            inputs.add(new Input(Objects.requireNonNull(label), Objects.requireNonNull(values), Set.copyOf(suppressedYears)));
            return this;
        }

        /** Decimals of the values shown (default 1); the axis has as many as its step needs. */
        public Builder decimals(int decimals) {
            this.format = value -> ChartNumbers.format(value, decimals);
            return this;
        }

        /** How a value is written, instead of {@link #decimals}: e.g. the oversight tables' own text of a figure. */
        public Builder format(Function<BigDecimal, String> format) {
            this.format = Objects.requireNonNull(format);
            return this;
        }

        public Model build() {
            List<BigDecimal> all = new ArrayList<>();
            for (Input input : inputs) {
                for (int year = fromYear; year <= toYear; year++) {
                    BigDecimal value = shown(input, year);
                    if (value != null) {
                        all.add(value);
                    }
                }
            }
            Axis axis = Axis.of(all);
            int count = toYear - fromYear + 1;
            List<Year> years = new ArrayList<>();
            for (int year = fromYear; year <= toYear; year++) {
                years.add(new Year(year, x(year - fromYear, count)));
            }
            List<Tick> ticks = axis.ticks().stream().map(t -> new Tick(axis.label(t), y(t, axis))).toList();
            List<List<Point>> points = new ArrayList<>();
            for (Input input : inputs) {
                List<Point> line = new ArrayList<>();
                for (Year year : years) {
                    BigDecimal value = shown(input, year.year());
                    State state = value != null ? State.VALUE
                            : input.suppressed().contains(year.year()) ? State.SUPPRESSED : State.NO_DATA;
                    double y = value == null ? 0 : y(value, axis);
                    line.add(new Point(year.year(), state, value == null ? null : format.apply(value),
                            year.x(), y, y));
                }
                points.add(line);
            }
            placeLabels(points, count);
            List<Series> series = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                series.add(new Series(i, inputs.get(i).label(), COLOURS.get(i), DASHES.get(i), MARKERS.get(i),
                        path(points.get(i)), List.copyOf(points.get(i))));
            }
            return new Model(id, List.copyOf(years), ticks, List.copyOf(series));
        }

        private static BigDecimal shown(Input input, int year) {
            return input.suppressed().contains(year) ? null : input.values().get(year);
        }

        /**
         * Each value's label goes above its point; where the series' points of a year lie close,
         * the lower labels move down so that no two overlap.
         */
        private static void placeLabels(List<List<Point>> points, int years) {
            for (int i = 0; i < years; i++) {
                int index = i;
                List<Integer> order = new ArrayList<>();
                for (int s = 0; s < points.size(); s++) {
                    if (points.get(s).get(index).hasValue()) {
                        order.add(s);
                    }
                }
                order.sort(Comparator.comparingDouble(s -> points.get(s).get(index).y()));
                double previous = Double.NEGATIVE_INFINITY;
                for (int s : order) {
                    Point p = points.get(s).get(index);
                    double labelY = Math.max(Math.max(p.y() - 8, TOP + 8), previous + LABEL_GAP);
                    points.get(s).set(index, new Point(p.year(), p.state(), p.value(), p.x(), p.y(), labelY));
                    previous = labelY;
                }
            }
        }
    }

    static String path(List<Point> points) {
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (Point p : points) {
            if (!p.hasValue()) {
                drawing = false;
                continue;
            }
            if (!path.isEmpty()) {
                path.append(' ');
            }
            path.append(drawing ? 'L' : 'M').append(fmt(p.x())).append(' ').append(fmt(p.y()));
            drawing = true;
        }
        return path.toString();
    }

    private static double x(int index, int count) {
        double left = LEFT + INSET;
        double right = WIDTH - RIGHT - INSET;
        return count == 1 ? (left + right) / 2 : left + index * (right - left) / (count - 1);
    }

    private static double y(BigDecimal value, Axis axis) {
        double bottom = HEIGHT - BOTTOM;
        double span = axis.max().subtract(axis.min()).doubleValue();
        return round(bottom - (value.subtract(axis.min()).doubleValue() / span) * (bottom - TOP));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /**
     * The value axis: from a round number at or under the lowest value (zero when none is
     * negative) to one at or over the highest, in steps of 1, 2, 2.5 or 5 times a power of ten,
     * at most five steps.
     */
    record Axis(BigDecimal min, BigDecimal max, BigDecimal step) {

        static final int STEPS = 5;

        static Axis of(List<BigDecimal> values) {
            BigDecimal low = values.stream().min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
            BigDecimal high = values.stream().max(Comparator.naturalOrder()).orElse(BigDecimal.ONE);
            if (low.signum() >= 0) {
                low = BigDecimal.ZERO;
            }
            if (high.compareTo(low) <= 0) {
                high = low.add(high.abs().max(BigDecimal.ONE));
            }
            BigDecimal step = niceStep(high.subtract(low).divide(BigDecimal.valueOf(STEPS - 1), 10, RoundingMode.UP));
            BigDecimal min = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
            BigDecimal max = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
            while (max.subtract(min).divide(step, 0, RoundingMode.UNNECESSARY).intValue() > STEPS) {
                step = niceStep(step.multiply(BigDecimal.valueOf(1.0001)));
                min = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
                max = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
            }
            return new Axis(min, max, step);
        }

        /** The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least {@code raw}. */
        static BigDecimal niceStep(BigDecimal raw) {
            int exponent = raw.precision() - raw.scale() - 1;
            BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
            BigDecimal fraction = raw.divide(power, 10, RoundingMode.UP);
            for (String nice : new String[] {"1", "2", "2.5", "5", "10"}) {
                if (fraction.compareTo(new BigDecimal(nice)) <= 0) {
                    return new BigDecimal(nice).multiply(power).stripTrailingZeros();
                }
            }
            throw new IllegalStateException("fraction over 10: " + fraction);
        }

        List<BigDecimal> ticks() {
            List<BigDecimal> ticks = new ArrayList<>();
            for (BigDecimal t = min; t.compareTo(max) <= 0; t = t.add(step)) {
                ticks.add(t);
            }
            return ticks;
        }

        String label(BigDecimal tick) {
            return ChartNumbers.format(tick, Math.max(0, step.stripTrailingZeros().scale()));
        }
    }
}

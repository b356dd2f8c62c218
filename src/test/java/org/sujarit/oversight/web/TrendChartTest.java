package org.sujarit.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sujarit.oversight.web.TrendChart.Model;
import org.sujarit.oversight.web.TrendChart.Point;
import org.sujarit.oversight.web.TrendChart.Series;
import org.sujarit.oversight.web.TrendChart.State;
import org.sujarit.oversight.web.TrendChart.Tick;

/** The trend: round ticks, a line that breaks where a year has no value, values that never overlap. */
class TrendChartTest {

    @Test
    void aMissingYearBreaksTheLineInsteadOfJoiningAcrossIt() {
        Model model = TrendChart.chart("received", 2565, 2569)
                .series("บ้านต๋อม", Map.of(2565, bd("10"), 2566, bd("12"), 2568, bd("20"), 2569, bd("18")))
                .build();
        Series line = model.series().get(0);
        assertThat(line.points()).extracting(Point::year).containsExactly(2565, 2566, 2567, 2568, 2569);
        assertThat(line.points().get(2).state()).isEqualTo(State.NO_DATA);
        assertThat(line.points().get(2).value()).isNull();
        assertThat(line.path()).as("two runs, one before and one after the gap").matches("M\\S+ \\S+ L\\S+ \\S+ M\\S+ \\S+ L\\S+ \\S+");
        assertThat(line.points().get(0).value()).isEqualTo("10.0");
    }

    @Test
    void aSuppressedYearIsAGapThatSaysSoAndItsValueNeverReachesThePage() {
        Model model = TrendChart.chart("small", 2565, 2567)
                .series("บ้านต๋อม", Map.of(2565, bd("300"), 2566, bd("7"), 2567, bd("8")), Set.of(2565))
                .decimals(0).build();
        Point first = model.series().get(0).points().get(0);
        assertThat(first.state()).isEqualTo(State.SUPPRESSED);
        assertThat(first.value()).isNull();
        assertThat(model.series().get(0).path()).as("one run from 2566").matches("M\\S+ \\S+ L\\S+ \\S+");
        assertThat(model.ticks()).extracting(Tick::label).as("the withheld value does not shape the axis either")
                .containsExactly("0", "2", "4", "6", "8");
    }

    @Test
    void theCallerMayWriteTheValuesItsOwnWay() {
        Model model = TrendChart.chart("own", 2568, 2569).series("x", Map.of(2568, bd("45"), 2569, bd("47.25")))
                .format(v -> v.setScale(1, RoundingMode.HALF_UP) + " %").build();
        assertThat(model.series().get(0).points()).extracting(Point::value).containsExactly("45.0 %", "47.3 %");
    }

    @Test
    void anIsolatedYearIsAPointWithoutALine() {
        Model model = TrendChart.chart("one", 2565, 2567).series("x", Map.of(2566, bd("5"))).build();
        assertThat(model.series().get(0).path()).matches("M\\S+ \\S+");
    }

    @Test
    void ticksAreRoundNumbersFromZeroCoveringEveryValue() {
        assertThat(ticks("0", "87.5")).containsExactly("0", "25", "50", "75", "100");
        assertThat(ticks("3.2", "7.9")).containsExactly("0", "2", "4", "6", "8");
        assertThat(ticks("0.12", "0.4")).containsExactly("0.0", "0.1", "0.2", "0.3", "0.4");
        assertThat(ticks("1234", "98765")).containsExactly("0", "25,000", "50,000", "75,000", "100,000");
        assertThat(ticks("0", "9")).containsExactly("0.0", "2.5", "5.0", "7.5", "10.0");
        assertThat(ticks("-3", "12")).as("below zero when a value is").containsExactly("-5", "0", "5", "10", "15");
        assertThat(ticks("50", "50")).as("one value").first().isEqualTo("0");
        assertThat(ticks("0", "0")).as("all zero").containsExactly("0.00", "0.25", "0.50", "0.75", "1.00");
    }

    @Test
    void theAxisRunsUpwardsAndEveryValueLiesWithinIt() {
        Model model = TrendChart.chart("up", 2565, 2566).series("x", Map.of(2565, bd("20"), 2566, bd("80"))).build();
        List<Point> points = model.series().get(0).points();
        assertThat(points.get(1).y()).isLessThan(points.get(0).y());
        assertThat(points.get(1).x()).isGreaterThan(points.get(0).x());
        for (Point p : points) {
            assertThat(p.y()).isBetween((double) model.plotTop(), (double) model.plotBottom());
            assertThat(p.x()).isBetween((double) model.plotLeft(), (double) model.plotRight());
        }
        Tick top = model.ticks().get(model.ticks().size() - 1);
        assertThat(top.y()).isEqualTo(model.plotTop());
        assertThat(model.ticks().get(0).y()).isEqualTo(model.plotBottom());
    }

    @Test
    void valuesOfCloseSeriesDoNotOverlap() {
        Model model = TrendChart.chart("close", 2565, 2566)
                .series("อบต.", Map.of(2565, bd("50.0"), 2566, bd("60")))
                .series("จังหวัด", Map.of(2565, bd("50.4"), 2566, bd("30")))
                .series("ทั้งประเทศ", Map.of(2565, bd("49.8"), 2566, bd("90")))
                .build();
        double[] labels = model.series().stream().mapToDouble(s -> s.points().get(0).labelY()).sorted().toArray();
        for (int i = 1; i < labels.length; i++) {
            assertThat(labels[i] - labels[i - 1]).isGreaterThanOrEqualTo(13);
        }
        Point alone = model.series().get(2).points().get(1);
        assertThat(alone.labelY()).as("a label with room sits just above its point").isEqualTo(alone.y() - 8);
    }

    @Test
    void threeSeriesDifferByColourDashAndMarkerAndEachColourReadsOnWhite() {
        Model model = TrendChart.chart("three", 2565, 2569)
                .series("a", Map.of()).series("b", Map.of()).series("c", Map.of()).build();
        assertThat(model.empty()).isTrue();
        assertThat(model.series()).extracting(Series::colour).doesNotHaveDuplicates();
        assertThat(model.series()).extracting(Series::dash).doesNotHaveDuplicates();
        assertThat(model.series()).extracting(Series::marker).doesNotHaveDuplicates();
        for (Series s : model.series()) {
            assertThat(Wcag.contrast(s.colour(), "#ffffff")).as(s.colour()).isGreaterThanOrEqualTo(4.5);
        }
        assertThatThrownBy(() -> TrendChart.chart("four", 2565, 2569).series("a", Map.of()).series("b", Map.of())
                .series("c", Map.of()).series("d", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSingleYearSitsInTheMiddle() {
        Model model = TrendChart.chart("single", 2569, 2569).series("x", Map.of(2569, bd("4"))).build();
        assertThat(model.years().get(0).x()).isEqualTo((model.plotLeft() + model.plotRight()) / 2.0);
    }

    private static List<String> ticks(String low, String high) {
        Map<Integer, BigDecimal> values = new HashMap<>();
        values.put(2565, bd(low));
        values.put(2566, bd(high));
        return TrendChart.chart("t", 2565, 2566).series("x", values).build().ticks().stream().map(Tick::label).toList();
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}

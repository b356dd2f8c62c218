package org.sujarit.survey.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.sujarit.survey.ItaScores;

/**
 * The geometry of the ITA page's bar chart, drawn as SVG by the server: one bar per indicator on a
 * 0–100 scale, a line at the pass mark. The table beside it carries the same figures in words.
 */
record ItaChart(int width, int height, int scaleStart, int scaleWidth, double passX, List<Bar> bars) {

    static final int ROW = 34;
    static final int BAR = 22;
    static final int LEFT = 72;
    static final int SCALE = 240;

    /** One indicator's bar; {@code width} is 0 when it has no score yet. Its figure stands right of the scale, clear of the pass line. */
    record Bar(int number, BigDecimal score, boolean passes, int y, double width) {

        public int labelX() {
            return LEFT + SCALE + 6;
        }

        public int textY() {
            return y + BAR - 6;
        }
    }

    static ItaChart of(ItaScores.Scores scores, BigDecimal passMark) {
        List<Bar> bars = new ArrayList<>();
        int y = 8;
        for (ItaScores.IndicatorScore s : scores.indicators()) {
            bars.add(new Bar(s.indicator().number(), s.score(), s.passes(), y, s.score() == null ? 0 : x(s.score())));
            y += ROW;
        }
        return new ItaChart(LEFT + SCALE + 56, y + 18, LEFT, SCALE, LEFT + x(passMark), bars);
    }

    private static double x(BigDecimal score) {
        return Math.round(score.doubleValue() * SCALE * 10 / 100) / 10.0;
    }
}

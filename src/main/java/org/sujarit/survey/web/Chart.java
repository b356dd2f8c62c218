package org.sujarit.survey.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.sujarit.survey.Results;

/**
 * A horizontal bar chart of a question's shares, laid out for an inline SVG 360 units wide that
 * scales to a phone's width: each option's label on its own line with its bar under it and the
 * percentage after the bar. The table beside the chart is its text alternative; a label too long
 * for the width is cut short here (the table has it whole).
 */
record Chart(String id, int height, List<Bar> bars) {

    static final int WIDTH = 360;
    private static final int LONGEST_BAR = 290;
    private static final int ROW = 44;
    private static final int LONGEST_LABEL = 44;

    /** One option: where its label, bar and percentage go. */
    record Bar(String label, String percent, int labelY, int barY, int width, int valueX, int valueY) {
    }

    static Chart of(String id, List<String> labels, List<Results.Share> shares) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            Results.Share share = shares.get(i);
            int width = share.percent().multiply(BigDecimal.valueOf(LONGEST_BAR))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValue();
            int top = i * ROW;
            bars.add(new Bar(shortened(labels.get(i)), share.percent().toPlainString() + "%", top + 15, top + 21,
                    Math.max(width, 1), Math.max(width, 1) + 6, top + 33));
        }
        return new Chart(id, Math.max(ROW, shares.size() * ROW), bars);
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height;
    }

    private static String shortened(String label) {
        if (label.codePointCount(0, label.length()) <= LONGEST_LABEL) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, LONGEST_LABEL - 1)) + "…";
    }
}

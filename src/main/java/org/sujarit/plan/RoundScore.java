package org.sujarit.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The E-PlanNACC implementation score of a round, for one dimension or the whole plan:
 * (done × 1 + in progress × 0.5 + cannot × 0) ÷ all items × 100. Items without a report are
 * counted as waiting (and score nothing).
 */
public record RoundScore(String dimensionNumber, String dimensionTitle, int items, int done, int inProgress,
                         int notStarted, int cannot, int waiting) {

    public BigDecimal score() {
        if (items == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal points = BigDecimal.valueOf(done).add(BigDecimal.valueOf(inProgress).multiply(new BigDecimal("0.5")));
        return points.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(items), 2, RoundingMode.HALF_UP);
    }

    RoundScore plus(ProgressStatus status) {
        return new RoundScore(dimensionNumber, dimensionTitle, items + 1,
                done + (status == ProgressStatus.DONE ? 1 : 0),
                inProgress + (status == ProgressStatus.IN_PROGRESS ? 1 : 0),
                notStarted + (status == ProgressStatus.NOT_STARTED ? 1 : 0),
                cannot + (status == ProgressStatus.CANNOT_DO ? 1 : 0),
                waiting + (status == null ? 1 : 0));
    }

    RoundScore plus(RoundScore other) {
        return new RoundScore(dimensionNumber, dimensionTitle, items + other.items, done + other.done,
                inProgress + other.inProgress, notStarted + other.notStarted, cannot + other.cannot,
                waiting + other.waiting);
    }

    static RoundScore empty(String number, String title) {
        return new RoundScore(number, title, 0, 0, 0, 0, 0, 0);
    }
}

package org.sujarit.plan;

import java.math.BigDecimal;

/** E-PlanNACC's statuses of an item in a round, and what each counts towards the score. */
public enum ProgressStatus {
    NOT_STARTED("0"),
    IN_PROGRESS("0.5"),
    DONE("1"),
    CANNOT_DO("0");

    private final BigDecimal weight;

    ProgressStatus(String weight) {
        this.weight = new BigDecimal(weight);
    }

    public BigDecimal weight() {
        return weight;
    }
}

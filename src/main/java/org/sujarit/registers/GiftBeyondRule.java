package org.sujarit.registers;

import java.math.BigDecimal;

import org.sujarit.shared.RuleViolation;

/**
 * "Accepted within the rule" was chosen for a gift the rule of its year holds beyond the limit.
 * Carries the limit and the days a report may take, for the message that says why.
 */
public class GiftBeyondRule extends RuleViolation {

    private final BigDecimal limit;
    private final int reportDays;

    GiftBeyondRule(BigDecimal limit, int reportDays) {
        super("action", "registers.gift.beyondRule");
        this.limit = limit;
        this.reportDays = reportDays;
    }

    public BigDecimal limit() {
        return limit;
    }

    public int reportDays() {
        return reportDays;
    }
}

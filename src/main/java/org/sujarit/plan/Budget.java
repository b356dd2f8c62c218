package org.sujarit.plan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an item costs (งบประมาณดำเนินการ): nothing ("ไม่ใช้งบประมาณ") or an amount in baht per
 * fiscal year (Buddhist Era). {@code text} keeps the wording of the sheet, which is how a
 * budget field holding a unit name is caught by the quality checks.
 */
public record Budget(boolean none, Map<Integer, BigDecimal> perYear, String text) {

    public static final String NONE_TH = "ไม่ใช้งบประมาณ";

    public Budget {
        perYear = perYear == null ? Map.of() : new TreeMap<>(perYear);
    }

    public static Budget noBudget() {
        return new Budget(true, Map.of(), NONE_TH);
    }

    public BigDecimal total() {
        return perYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal in(int fiscalYear) {
        return perYear.getOrDefault(fiscalYear, BigDecimal.ZERO);
    }
}

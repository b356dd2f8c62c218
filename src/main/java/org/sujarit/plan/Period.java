package org.sujarit.plan;

import java.util.List;

/**
 * When an item runs within each fiscal year (ระยะเวลาดำเนินการ).
 *
 * @param text   as written, e.g. "เดือนเมษายน – เดือนมิถุนายน"
 * @param months calendar months 1–12 it covers, in fiscal order (October first)
 */
public record Period(String text, List<Integer> months) {

    public Period {
        months = months == null ? List.of() : List.copyOf(months);
        if (months.stream().anyMatch(m -> m < 1 || m > 12)) {
            throw new IllegalArgumentException("Months run from 1 to 12");
        }
    }
}

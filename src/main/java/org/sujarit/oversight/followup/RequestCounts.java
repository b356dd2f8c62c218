package org.sujarit.oversight.followup;

import java.util.Locale;

/**
 * How many requests one place has in each state: a province ({@code provinceCode} set) or a NACC
 * region ({@code provinceCode} null; region 0 stands for Bangkok, which has no regional office).
 * Overdue requests are open ones past their due date, counted in {@code open} as well.
 */
public record RequestCounts(String provinceCode, String nameTh, String nameEn, int region, int open, int answered,
                            int overdue, int closed) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameTh;
    }

    public int total() {
        return open + answered + closed;
    }
}

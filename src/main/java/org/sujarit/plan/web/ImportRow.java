package org.sujarit.plan.web;

import java.math.BigDecimal;
import java.util.UUID;

import org.sujarit.plan.ItemContent;
import org.sujarit.plan.importing.ImportedItem;

/**
 * One row of the import preview: an item read from the text, the dimension it goes into and, when its
 * budget is one sum without a year, the year chosen for that sum. {@code dimensionId} is {@code null}
 * until known; {@code dimensionProblem} is the message saying why the text did not give it.
 * {@code budgetChoice} is a fiscal year, {@link #EACH_YEAR}, {@link #LATER}, or {@code null} when not
 * yet chosen.
 */
record ImportRow(ImportedItem item, UUID dimensionId, String dimensionProblem, String budgetChoice) {

    /** The sum is for each year of the plan, as the officer says (the text did not). */
    static final String EACH_YEAR = "each";
    /** The budget stays as its text; the officer enters the amounts by year on the item's page. */
    static final String LATER = "later";

    /** Whether the officer has said all the text left open. */
    boolean complete() {
        return dimensionId != null && (item.yearlessSum() == null || budgetChoice != null);
    }

    /** The content to add to the plan, the sum without a year placed as chosen. */
    ItemContent content(int firstYear, int lastYear) {
        if (item.yearlessSum() == null || LATER.equals(budgetChoice)) {
            return item.content();
        }
        if (EACH_YEAR.equals(budgetChoice)) {
            return item.withSumEachYear(firstYear, lastYear);
        }
        return item.withSumIn(Integer.parseInt(budgetChoice));
    }

    /** What the plan's years come to if the sum is spent in each of them, for the choice's label. */
    public BigDecimal eachYearTotal(int firstYear, int lastYear) {
        return item.yearlessSum().amount().multiply(BigDecimal.valueOf(lastYear - firstYear + 1L));
    }
}

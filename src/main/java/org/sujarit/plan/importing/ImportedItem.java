package org.sujarit.plan.importing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.sujarit.plan.Budget;
import org.sujarit.plan.ItemContent;

/**
 * The content read from one detail sheet; {@code sheetNumber} counts the sheets of the text from 1.
 * {@code dimension} is the heading the sheet comes under, {@code null} when the text gives none;
 * {@code yearlessSum} is the budget's sum when the sheet gives it without a year ({@code null}
 * otherwise): then the content's budget holds only the text, until the sum is placed in a year.
 */
public record ImportedItem(int sheetNumber, ItemContent content, DimensionHeading dimension, YearlessSum yearlessSum) {

    /** The content with the yearless sum as the budget of one fiscal year. */
    public ItemContent withSumIn(int fiscalYear) {
        return withAmounts(Map.of(fiscalYear, sum()));
    }

    /** The content with the yearless sum as the budget of each year of the plan, as the person importing chose. */
    public ItemContent withSumEachYear(int firstYear, int lastYear) {
        Map<Integer, BigDecimal> perYear = new TreeMap<>();
        for (int year = firstYear; year <= lastYear; year++) {
            perYear.put(year, sum());
        }
        return withAmounts(perYear);
    }

    private BigDecimal sum() {
        if (yearlessSum == null) {
            throw new IllegalStateException("Sheet " + sheetNumber + " gives no sum without a year");
        }
        return yearlessSum.amount();
    }

    private ItemContent withAmounts(Map<Integer, BigDecimal> perYear) {
        ItemContent c = content;
        return new ItemContent(c.kind(), c.name(), c.rationale(), c.objectives(), c.targetGroup(), c.targetCount(), c.method(),
                c.period(), new Budget(false, perYear, c.budget().text()), c.responsibleUnit(), c.responsibleText(),
                c.outputs(), c.outcomes());
    }
}

package org.sujarit.plan.importing;

import java.math.BigDecimal;

/**
 * A budget written as one amount without a fiscal year ("งบประมาณ ๒๐,๐๐๐ บาท"). The text does not say
 * whether it is spent in one year or in each, so the import never spreads it over the plan's years: the
 * person importing says which year it belongs to. {@code fiscalYear} is the year the sheet's period
 * names (or the plan's only year), to offer first; {@code null} when the text gives none.
 */
public record YearlessSum(BigDecimal amount, Integer fiscalYear) {
}

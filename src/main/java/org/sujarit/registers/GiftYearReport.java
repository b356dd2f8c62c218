package org.sujarit.registers;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.sujarit.registers.GiftRule.GiftValueBand;
import org.sujarit.shared.FiscalYear;

/**
 * The yearly report on gifts and benefits (รายงานผลการรับของขวัญหรือประโยชน์อื่นใด, ITA O22): how
 * many, and worth how much, by category, by value band of the year's rule and by what was done.
 * It is built from categories, values and actions only — no name, no giver, no free text — so it
 * may be published as it is.
 */
public record GiftYearReport(FiscalYear year, GiftRule rule, Row total, List<Row> byCategory, List<Row> byBand,
                             List<Row> byAction) {

    /** What one gift contributes to the report. */
    record Figure(GiftCategory category, BigDecimal value, GiftAction action) {
    }

    /**
     * One line of a table.
     *
     * @param key     the category's or action's name, or the band's position (1, 2, …)
     * @param band    the band, for lines by band; else {@code null}
     */
    public record Row(String key, GiftValueBand band, int count, BigDecimal value) {
    }

    static GiftYearReport of(FiscalYear year, GiftRule rule, List<Figure> figures) {
        List<Row> categories = Arrays.stream(GiftCategory.values())
                .map(c -> row(c.name(), null, figures, f -> f.category() == c)).toList();
        List<Row> actions = Arrays.stream(GiftAction.values())
                .map(a -> row(a.name(), null, figures, f -> f.action() == a)).toList();
        List<GiftValueBand> bands = rule.bands();
        List<Row> byBand = bands.stream().map(b -> row(String.valueOf(bands.indexOf(b) + 1), b, figures,
                f -> rule.bandOf(f.value()).equals(b))).toList();
        return new GiftYearReport(year, rule, row("TOTAL", null, figures, f -> true), categories, byBand, actions);
    }

    private static Row row(String key, GiftValueBand band, List<Figure> figures, Predicate<Figure> which) {
        List<Figure> in = figures.stream().filter(which).toList();
        return new Row(key, band, in.size(), in.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}

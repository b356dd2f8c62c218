package org.sujarit.plan.document;

import java.util.ArrayList;
import java.util.List;

import org.sujarit.infrastructure.document.Docx;
import org.sujarit.infrastructure.document.SarabunMetrics;
import org.sujarit.infrastructure.document.ThaiWords;
import org.sujarit.plan.document.PartTwo.Row;
import org.sujarit.plan.document.PartTwo.Table;
import org.sujarit.plan.document.PartTwo.Total;

/**
 * The column widths of the DOCX Part 2 tables, in twips, and the size amounts are printed at.
 * Word and LibreOffice keep the widths a document gives and break what does not fit, inside a
 * word or a number ("๑๕,๕๐๐.|๕๐"), so they are measured: a year column is as wide as its widest
 * amount or year, up to 2 cm, and wider amounts (satang, millions) are printed smaller, down to
 * 10 pt, rather than taking the text columns' room; หมายเหตุ is as wide as its heading; มิติ,
 * ภารกิจตามมิติ and โครงการ are at least as wide as their longest word and share the rest.
 */
record DocxColumns(int[] widths, double amountPoints) {

    /** Left and right padding of a table cell, in twips (0.15 cm). */
    static final int CELL_MARGIN = 85;
    /** How มิติ, ภารกิจตามมิติ and โครงการ share the width left beyond their longest words. */
    private static final double[] TEXT_COLUMNS = {0.2, 0.32, 0.48};
    private static final String[] HEADINGS = {"มิติ", "ภารกิจตามมิติ", "โครงการ/กิจกรรม/มาตรการ"};
    /** The widest a year column's text may be before amounts shrink, in points (2 cm). */
    private static final double MAX_YEAR_TEXT = 58;
    private static final double MIN_AMOUNT_POINTS = 10;
    private static final ThaiWords WORDS = new ThaiWords();

    static DocxColumns of(PartTwo part, double points) {
        double widest = widestAmountOrYear(part, points);
        double amountPoints = Math.max(MIN_AMOUNT_POINTS, Math.min(points, points * MAX_YEAR_TEXT / widest));
        int years = part.years().size();
        int year = twips(widest * amountPoints / points) + 2 * CELL_MARGIN;
        int remark = twips(SarabunMetrics.width("หมายเหตุ", points, true)) + 2 * CELL_MARGIN;
        int text = Docx.textWidth(true) - year * years - remark;

        int[] widths = new int[TEXT_COLUMNS.length + years + 1];
        int[] longest = longestWords(part, points);
        int leftover = Math.max(0, text - longest[0] - longest[1] - longest[2]);
        widths[0] = longest[0] + (int) (leftover * TEXT_COLUMNS[0]);
        widths[1] = longest[1] + (int) (leftover * TEXT_COLUMNS[1]);
        widths[2] = text - widths[0] - widths[1];
        for (int i = 0; i < years; i++) {
            widths[TEXT_COLUMNS.length + i] = year;
        }
        widths[widths.length - 1] = remark;
        return new DocxColumns(widths, amountPoints);
    }

    private static double widestAmountOrYear(PartTwo part, double points) {
        double widest = 0;
        for (String year : part.years()) {
            widest = Math.max(widest, SarabunMetrics.width(year, points, true));
        }
        List<Total> totals = new ArrayList<>(part.tables().stream().map(Table::total).toList());
        totals.add(part.grandTotal());
        for (Total total : totals) {
            for (String amount : total.amounts()) {
                widest = Math.max(widest, SarabunMetrics.width(amount, points, true));
            }
        }
        for (Table table : part.tables()) {
            for (Row row : table.rows()) {
                for (String amount : row.amounts()) {
                    widest = Math.max(widest, SarabunMetrics.width(amount, points, false));
                }
            }
        }
        return widest;
    }

    /** The widest word of each text column, headings included, with the cell's padding. */
    private static int[] longestWords(PartTwo part, double points) {
        double[] longest = new double[TEXT_COLUMNS.length];
        for (int i = 0; i < HEADINGS.length; i++) {
            longest[i] = longestWord(HEADINGS[i], points, true);
        }
        for (Table table : part.tables()) {
            longest[0] = Math.max(longest[0], longestWord(table.dimension(), points, false));
            for (Row row : table.rows()) {
                longest[1] = Math.max(longest[1], longestWord(row.mission(), points, false));
                longest[2] = Math.max(longest[2], longestWord(row.item(), points, false));
            }
        }
        int[] widths = new int[longest.length];
        for (int i = 0; i < longest.length; i++) {
            widths[i] = twips(longest[i]) + 2 * CELL_MARGIN;
        }
        return widths;
    }

    private static double longestWord(String text, double points, boolean bold) {
        return WORDS.of(text).stream().filter(word -> !word.isBlank())
                .mapToDouble(word -> SarabunMetrics.width(word, points, bold)).max().orElse(0);
    }

    /** Points as twips, with a little slack for rounding in the word processor. */
    private static int twips(double points) {
        return (int) Math.ceil(points * 20 * 1.05);
    }
}

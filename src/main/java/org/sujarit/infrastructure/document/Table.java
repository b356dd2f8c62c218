package org.sujarit.infrastructure.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A table of a document, laid out once and written by every renderer (the HTML of a PDF through
 * the fragment {@code document/parts :: table}, a sheet through {@link SheetWriter}): its caption,
 * column widths in per cent, header rows whose cells may span rows and columns, and body rows that
 * are a group heading across all columns, cells (some spanning the rows below them), or a total.
 * Its text is final: digits already in the document's numeral style.
 */
public record Table(String caption, List<Integer> widths, List<List<Head>> head, List<Row> rows) {

    /** A header cell. */
    public record Head(String text, int rowspan, int colspan) {

        public static Head of(String text) {
            return new Head(text, 1, 1);
        }
    }

    /** A group heading ({@code group} set, no cells), a row of cells, or a total row (bold). */
    public record Row(String group, List<Cell> cells, boolean total) {

        public static Row group(String title) {
            return new Row(title, List.of(), false);
        }

        public static Row of(Cell... cells) {
            return new Row(null, List.of(cells), false);
        }

        public static Row of(List<Cell> cells) {
            return new Row(null, List.copyOf(cells), false);
        }

        public static Row total(List<Cell> cells) {
            return new Row(null, List.copyOf(cells), true);
        }
    }

    /**
     * A body cell: its lines, how it is placed ({@link Style}), the colour it is tinted (six hex
     * digits, or null), how many rows it spans, and for a workbook, when it is a number cell (it
     * has an Excel {@code format}), the number it holds; a number cell without one stays empty.
     */
    public record Cell(List<String> lines, Style style, String tint, int rowspan, Double number, String format) {

        public static Cell text(String text) {
            return lines(text == null ? List.of() : List.of(text));
        }

        /** Lines one under the other; blank ones are left out. */
        public static Cell lines(List<String> lines) {
            return new Cell(lines.stream().filter(Objects::nonNull).filter(line -> !line.isBlank()).toList(),
                    Style.TEXT, null, 1, null, null);
        }

        public static Cell centred(String text) {
            return new Cell(text == null || text.isBlank() ? List.of() : List.of(text), Style.CENTRE, null, 1, null, null);
        }

        /** Lines centred on a colour given as six hex digits ("B9E3B2"), or on none; blank lines are left out. */
        public static Cell tinted(List<String> lines, String tint) {
            return new Cell(lines(lines).lines(), Style.CENTRE, tint, 1, null, null);
        }

        /**
         * A centred number: {@code printed} as the document writes it, {@code value} as the workbook
         * holds it (empty when null) in an Excel format such as {@code General}, {@code 0} or {@code 0.0}.
         */
        public static Cell number(Number value, String printed, String format) {
            return new Cell(printed == null || printed.isBlank() ? List.of() : List.of(printed), Style.CENTRE, null, 1,
                    value == null ? null : value.doubleValue(), format);
        }

        public Cell spanning(int rows) {
            return new Cell(lines, style, tint, rows, number, format);
        }

        public boolean numeric() {
            return format != null;
        }

        public String text() {
            return String.join("\n", lines);
        }

        public String css() {
            return style.name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a cell is placed: text, centred, or blank and joined to the cell above it (see {@link #unspanned()}). */
    public enum Style { TEXT, CENTRE, JOINED }

    public static List<Integer> widths(Integer... percent) {
        return Arrays.asList(percent);
    }

    /** One header row of plain headings. */
    public static List<List<Head>> heads(String... titles) {
        return List.of(Arrays.stream(titles).map(Head::of).toList());
    }

    /** One header row of plain headings. */
    public static List<List<Head>> heads(List<String> titles) {
        return List.of(titles.stream().map(Head::of).toList());
    }

    public int columns() {
        return widths.size();
    }

    public Table withoutCaption() {
        return new Table(null, widths, head, rows);
    }

    /**
     * The table for print: a cell spanning rows becomes a cell on its first row and blank cells
     * below that join it, so that every row stands alone and can stay whole on a page (Chromium
     * will not move a row with a spanning cell to the next page on its own).
     */
    public Table unspanned() {
        int[] pending = new int[columns()];
        List<Row> printed = new ArrayList<>();
        for (Row row : rows) {
            if (row.group() != null) {
                printed.add(row);
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            int next = 0;
            for (int column = 0; column < columns() && (next < row.cells().size() || pending[column] > 0); column++) {
                if (pending[column] > 0) {
                    pending[column]--;
                    cells.add(new Cell(List.of(), Style.JOINED, null, 1, null, null));
                    continue;
                }
                Cell cell = row.cells().get(next++);
                pending[column] = cell.rowspan() - 1;
                cells.add(cell.spanning(1));
            }
            printed.add(new Row(null, cells, row.total()));
        }
        return new Table(caption, widths, head, printed);
    }
}

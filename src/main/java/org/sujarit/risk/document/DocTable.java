package org.sujarit.risk.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.sujarit.shared.NumeralStyle;

/**
 * A table of a risk document, laid out once and written by both the PDF template and the
 * workbook: its caption, column widths (per cent), header rows, and body rows that are either a
 * group heading across all columns or cells, some spanning the rows below them.
 */
record DocTable(String caption, List<Integer> widths, List<List<Head>> head, List<Row> rows) {

    /** A header cell. */
    record Head(String text, int rowspan, int colspan) {

        static Head of(String text) {
            return new Head(text, 1, 1);
        }
    }

    /** A group heading ({@code group} set, no cells) or a row of cells. */
    record Row(String group, List<Cell> cells) {

        static Row group(String title) {
            return new Row(title, List.of());
        }

        static Row of(Cell... cells) {
            return new Row(null, List.of(cells));
        }

        static Row of(List<Cell> cells) {
            return new Row(null, List.copyOf(cells));
        }
    }

    /**
     * A body cell: its lines, how it is shown ({@link Style}), how many rows it spans, and a
     * number for the workbook where the cell holds one.
     */
    record Cell(List<String> lines, Style style, int rowspan, Integer number) {

        static Cell text(String text) {
            return new Cell(text == null || text.isBlank() ? List.of() : List.of(text), Style.TEXT, 1, null);
        }

        static Cell lines(List<String> lines) {
            return new Cell(lines.stream().filter(Objects::nonNull).filter(line -> !line.isBlank()).toList(),
                    Style.TEXT, 1, null);
        }

        static Cell centred(String text) {
            return new Cell(text == null || text.isBlank() ? List.of() : List.of(text), Style.CENTRE, 1, null);
        }

        static Cell number(Integer value, NumeralStyle digits) {
            return new Cell(value == null ? List.of() : List.of(digits.apply(value)), Style.CENTRE, 1, value);
        }

        /** The seed's tick ("/") in a column that applies, blank in the others; tinted in a colour column. */
        static Cell mark(boolean marked, Style style) {
            return new Cell(marked ? List.of(MARK) : List.of(), marked ? style : Style.CENTRE, 1, null);
        }

        Cell spanning(int rows) {
            return new Cell(lines, style, rows, number);
        }

        public String text() {
            return String.join("\n", lines);
        }

        public String css() {
            return style.css();
        }
    }

    /**
     * How a cell is shown: text, centred, centred on the tint of a traffic-light colour, or blank
     * and joined to the cell above it (see {@link #unspanned()}).
     */
    enum Style {
        TEXT, CENTRE, GREEN, YELLOW, ORANGE, RED, JOINED;

        public String css() {
            return switch (this) {
                case TEXT -> "text";
                case CENTRE -> "centre";
                case JOINED -> "joined";
                default -> "centre light-" + name();
            };
        }
    }

    static final String MARK = "/";

    static List<Integer> widths(Integer... percent) {
        return Arrays.asList(percent);
    }

    static List<List<Head>> heads(String... titles) {
        List<Head> row = new ArrayList<>();
        for (String title : titles) {
            row.add(Head.of(title));
        }
        return List.of(row);
    }

    public int columns() {
        return widths.size();
    }

    /**
     * The table for print: a cell spanning rows becomes a cell on its first row and blank cells
     * below that join it, so that every row stands alone and can stay whole on a page (Chromium
     * will not move a row with a spanning cell to the next page on its own).
     */
    public DocTable unspanned() {
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
                    cells.add(new Cell(List.of(), Style.JOINED, 1, null));
                    continue;
                }
                Cell cell = row.cells().get(next++);
                pending[column] = cell.rowspan() - 1;
                cells.add(cell.spanning(1));
            }
            printed.add(Row.of(cells));
        }
        return new DocTable(caption, widths, head, printed);
    }
}

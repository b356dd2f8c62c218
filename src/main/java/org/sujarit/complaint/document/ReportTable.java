package org.sujarit.complaint.document;

import java.util.List;

/**
 * A table of the complaint documents, laid out once and written by both the PDF template and the
 * workbook: caption, column widths (per cent), one header row, and rows that are either a group
 * heading across the columns or cells, the last of them perhaps a total.
 */
record ReportTable(String caption, List<Integer> widths, List<String> head, List<Row> rows) {

    record Row(String group, List<Cell> cells, boolean total) {

        static Row group(String title) {
            return new Row(title, List.of(), false);
        }

        static Row of(List<Cell> cells) {
            return new Row(null, List.copyOf(cells), false);
        }

        static Row total(List<Cell> cells) {
            return new Row(null, List.copyOf(cells), true);
        }
    }

    /** A cell's text as printed, and for the workbook the number it holds, if any. */
    record Cell(String text, Double number) {

        static Cell text(String text) {
            return new Cell(text == null ? "" : text, null);
        }

        public boolean numeric() {
            return number != null || text.equals("–");
        }
    }

    public int columns() {
        return widths.size();
    }
}

package org.sujarit.procurement;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.ThaiDigits;

/**
 * Reads purchases from a CSV (UTF-8) or XLSX file whose first row holds the column headings of
 * {@link PurchaseColumns}. Every line is checked; one wrong line rejects the whole file, with every
 * problem of every line, so that nothing is half imported. {@link PurchaseFile} turns the file into
 * lines of cells; this class checks them.
 */
public final class PurchaseImport {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 1000;

    private PurchaseImport() {
    }

    /** A problem of one line (1 is the heading), in the column of {@code field} or in the whole line. */
    public record LineProblem(int line, String field, String messageKey) {
    }

    /** The file cannot be imported; nothing was saved. */
    public static class ImportRejected extends RuntimeException {

        private final List<LineProblem> problems;

        public ImportRejected(List<LineProblem> problems) {
            super("Import rejected: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<LineProblem> problems() {
            return problems;
        }
    }

    /**
     * The purchases of the file, recognised by its content (an XLSX is a zip archive, anything else is
     * read as UTF-8 text).
     *
     * @throws ImportRejected with every problem found
     */
    public static List<PurchaseDetails> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw rejected(0, "procurement.import.empty");
        }
        if (content.length > MAX_BYTES) {
            throw rejected(0, "procurement.import.tooLarge");
        }
        return purchases(PurchaseFile.lines(content));
    }

    private static List<PurchaseDetails> purchases(List<List<String>> lines) {
        if (lines.isEmpty()) {
            throw rejected(0, "procurement.import.empty");
        }
        List<LineProblem> problems = new ArrayList<>();
        Map<PurchaseColumns, Integer> columns = columns(lines.get(0), problems);
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        List<PurchaseDetails> purchases = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (purchases.size() == MAX_ROWS) {
                problems.add(new LineProblem(i + 1, null, "procurement.import.tooManyRows"));
                break;
            }
            int line = i + 1;
            PurchaseDetails details = purchase(line, cells, columns, problems);
            details.problems().forEach(p -> problems.add(new LineProblem(line, p.field(), p.messageKey())));
            purchases.add(details);
        }
        if (purchases.isEmpty() && problems.isEmpty()) {
            problems.add(new LineProblem(1, null, "procurement.import.noRows"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        return purchases;
    }

    private static Map<PurchaseColumns, Integer> columns(List<String> headings, List<LineProblem> problems) {
        Map<PurchaseColumns, Integer> columns = new EnumMap<>(PurchaseColumns.class);
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i) == null ? "" : headings.get(i).strip();
            if (heading.isEmpty()) {
                continue;
            }
            PurchaseColumns column = null;
            for (PurchaseColumns c : PurchaseColumns.values()) {
                if (c.header().equals(heading)) {
                    column = c;
                }
            }
            if (column == null) {
                problems.add(new LineProblem(1, null, "procurement.import.unknownHeading"));
            } else {
                columns.put(column, i);
            }
        }
        for (PurchaseColumns column : PurchaseColumns.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(new LineProblem(1, column.field(), "procurement.import.missingHeading"));
            }
        }
        return columns;
    }

    private static PurchaseDetails purchase(int line, List<String> cells, Map<PurchaseColumns, Integer> columns,
                                            List<LineProblem> problems) {
        Cells row = new Cells(line, cells, columns, problems);
        return new PurchaseDetails(row.text(PurchaseColumns.WORK), row.amount(PurchaseColumns.BUDGET),
                row.amount(PurchaseColumns.REFERENCE_PRICE), row.method(), row.bidders(), row.text(PurchaseColumns.WINNER),
                row.amount(PurchaseColumns.AGREED_PRICE), row.text(PurchaseColumns.REASON),
                row.text(PurchaseColumns.CONTRACT_NUMBER), row.date(PurchaseColumns.CONTRACT_DATE),
                row.text(PurchaseColumns.EGP_PROJECT_NUMBER), row.text(PurchaseColumns.BUDGET_SOURCE), row.status());
    }

    /** One line's cells, converted; what does not convert is a problem of the line. */
    private record Cells(int line, List<String> cells, Map<PurchaseColumns, Integer> columns, List<LineProblem> problems) {

        String text(PurchaseColumns column) {
            Integer index = columns.get(column);
            String value = index == null || index >= cells.size() ? null : cells.get(index);
            return value == null || value.isBlank() ? null : value.strip();
        }

        BigDecimal amount(PurchaseColumns column) {
            try {
                return Amounts.parse(text(column));
            } catch (NumberFormatException e) {
                problems.add(new LineProblem(line, column.field(), "procurement.amount.invalid"));
                return null;
            }
        }

        LocalDate date(PurchaseColumns column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            LocalDate date = Dates.parse(text);
            if (date == null) {
                problems.add(new LineProblem(line, column.field(), "procurement.date.invalid"));
            }
            return date;
        }

        ProcurementMethod method() {
            String text = text(PurchaseColumns.METHOD);
            if (text == null) {
                return null;
            }
            return ProcurementMethod.parse(text).orElseGet(() -> {
                problems.add(new LineProblem(line, PurchaseColumns.METHOD.field(), "procurement.import.unknownMethod"));
                return null;
            });
        }

        PurchaseStatus status() {
            String text = text(PurchaseColumns.STATUS);
            if (text == null) {
                return null;
            }
            return PurchaseStatus.parse(text).orElseGet(() -> {
                problems.add(new LineProblem(line, PurchaseColumns.STATUS.field(), "procurement.import.unknownStatus"));
                return null;
            });
        }

        List<Bidder> bidders() {
            String text = text(PurchaseColumns.BIDDERS);
            List<Bidder> bidders = new ArrayList<>();
            if (text == null) {
                return bidders;
            }
            for (String entry : text.split(PurchaseColumns.BIDDER_SEPARATOR)) {
                if (entry.isBlank()) {
                    continue;
                }
                int at = entry.lastIndexOf(PurchaseColumns.PRICE_SEPARATOR);
                try {
                    BigDecimal price = at < 0 ? null : Amounts.parse(entry.substring(at + 1));
                    String name = at < 0 ? entry.strip() : entry.substring(0, at).strip();
                    if (price == null || name.isEmpty()) {
                        throw new NumberFormatException(entry);
                    }
                    bidders.add(new Bidder(name, price));
                } catch (NumberFormatException e) {
                    problems.add(new LineProblem(line, PurchaseColumns.BIDDERS.field(), "procurement.import.bidders"));
                    return List.of();
                }
            }
            return bidders;
        }
    }

    /** Dates as people write them: 2025-10-05, 2568-10-05, 5/10/2568 (a year above 2400 is Buddhist). */
    static final class Dates {

        private Dates() {
        }

        static LocalDate parse(String text) {
            String plain = ThaiDigits.toArabic(text.strip());
            try {
                int day;
                int month;
                int year;
                if (plain.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                    String[] parts = plain.split("-");
                    year = Integer.parseInt(parts[0]);
                    month = Integer.parseInt(parts[1]);
                    day = Integer.parseInt(parts[2]);
                } else if (plain.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                    String[] parts = plain.split("/");
                    day = Integer.parseInt(parts[0]);
                    month = Integer.parseInt(parts[1]);
                    year = Integer.parseInt(parts[2]);
                } else {
                    return null;
                }
                return LocalDate.of(year > 2400 ? year - FiscalYear.BUDDHIST_ERA_OFFSET : year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    static ImportRejected rejected(int line, String messageKey) {
        return new ImportRejected(List.of(new LineProblem(line, null, messageKey)));
    }
}

package org.sujarit.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sujarit.plan.DimensionView;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.importing.DimensionHeading;
import org.sujarit.plan.importing.ImportResult;
import org.sujarit.plan.importing.ImportedItem;
import org.sujarit.shared.ThaiDigits;

/**
 * The rows of the import preview. Read from the text, each item is put into the dimension of the plan
 * with the deepest number its "มิติที่ …" lines give ("2.1", else "2"); a sum without a year is put into
 * the year its period names. Sent back by the officer, the rows carry what was chosen in the form,
 * nothing else: a choice left empty, or not one of the plan's, stays to be made.
 */
final class ImportRows {

    static final String DIMENSION_MISSING = "plan.import.dimensionMissing";
    static final String DIMENSION_UNKNOWN = "plan.import.dimensionUnknown";

    private ImportRows() {
    }

    /** The rows as the text gives them. */
    static List<ImportRow> read(ImportResult result, PlanView plan) {
        List<DimensionView> dimensions = PlanPages.flatten(plan.dimensions());
        return result.items().stream().map(item -> {
            UUID dimension = item.dimension() == null ? null : matching(item.dimension(), dimensions).orElse(null);
            String year = item.yearlessSum() == null || item.yearlessSum().fiscalYear() == null ? null
                    : String.valueOf(item.yearlessSum().fiscalYear());
            return new ImportRow(item, dimension, problem(item, dimension), year);
        }).toList();
    }

    /** The rows with the choices the officer sent, one per row in order. */
    static List<ImportRow> chosen(ImportResult result, PlanView plan, List<String> dimensions, List<String> budgetChoices) {
        List<UUID> known = PlanPages.flatten(plan.dimensions()).stream().map(DimensionView::id).toList();
        List<ImportRow> read = read(result, plan);
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            ImportRow row = read.get(i);
            UUID dimension = uuid(at(dimensions, i)).filter(known::contains).orElse(null);
            String budget = row.item().yearlessSum() == null ? null
                    : budgetChoice(at(budgetChoices, i), plan.header().firstYear(), plan.header().lastYear());
            rows.add(new ImportRow(row.item(), dimension, row.dimensionProblem(), budget));
        }
        return rows;
    }

    private static Optional<UUID> matching(DimensionHeading heading, List<DimensionView> dimensions) {
        for (String number : heading.numbersDeepestFirst()) {
            for (DimensionView dimension : dimensions) {
                if (ThaiDigits.toArabic(dimension.number()).strip().equals(number)) {
                    return Optional.of(dimension.id());
                }
            }
        }
        return Optional.empty();
    }

    private static String problem(ImportedItem item, UUID matched) {
        if (item.dimension() == null) {
            return DIMENSION_MISSING;
        }
        return matched == null ? DIMENSION_UNKNOWN : null;
    }

    private static String at(List<String> values, int index) {
        return values != null && index < values.size() ? values.get(index) : null;
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static String budgetChoice(String value, int firstYear, int lastYear) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equals(ImportRow.EACH_YEAR) || value.equals(ImportRow.LATER)) {
            return value;
        }
        try {
            int year = Integer.parseInt(value.strip());
            return year >= firstYear && year <= lastYear ? String.valueOf(year) : null;
        } catch (NumberFormatException notAYear) {
            return null;
        }
    }
}

package org.sujarit.plan.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.plan.Budget;
import org.sujarit.plan.ItemContent;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.Period;
import org.sujarit.plan.Result;
import org.sujarit.plan.Step;

/**
 * Reads the nine fields of one sheet, noting every section it could not read, and the sum its budget
 * gives without a year, if it does.
 */
final class SheetReader {

    /** A head count at the end of the target group: "… ๘๐ คน", "… จำนวน ๖๐ คน". */
    private static final Pattern HEAD_COUNT = Pattern.compile("^(.*?)\\s*(?:จำนวน\\s*)?(\\d[\\d,]*)\\s*คน\\s*\\.?$",
            Pattern.DOTALL);

    private final SheetText sheet;
    private final int firstYear;
    private final int lastYear;
    private final UnitMatch units;
    private final List<ImportProblem> problems = new ArrayList<>();
    private BigDecimal yearless;

    SheetReader(SheetText sheet, int firstYear, int lastYear, UnitMatch units) {
        this.sheet = sheet;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.units = units;
    }

    List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    /** The item of the sheet, with its dimension heading and the sum its budget gives without a year, if any. */
    ImportedItem item() {
        ItemContent content = read();
        YearlessSum sum = null;
        if (yearless != null) {
            Optional<Integer> year = firstYear == lastYear ? Optional.of(firstYear)
                    : Optional.ofNullable(content.period()).flatMap(p -> PeriodMonths.fiscalYear(p.text()))
                            .filter(y -> y >= firstYear && y <= lastYear);
            sum = new YearlessSum(yearless, year.orElse(null));
        }
        return new ImportedItem(sheet.number(), content, sheet.dimension(), sum);
    }

    private ItemContent read() {
        String name = ThaiText.joinAll(sheet.nameLines());
        if (name.isEmpty()) {
            problems.add(new ImportProblem(sheet.number(), "๑ ชื่อโครงการ", ImportProblem.NAME_MISSING, ""));
        }
        ItemKind kind = SheetText.kind(name).orElse(sheet.labelKind());
        String rationale = section(SheetSection.RATIONALE).map(ThaiText::paragraphs).orElse(null);
        List<String> objectives = section(SheetSection.OBJECTIVES).map(ListEntries::of).orElse(List.of());
        String target = section(SheetSection.TARGET_GROUP).map(ThaiText::joinAll).orElse(null);
        Integer targetCount = null;
        if (target != null) {
            Matcher count = HEAD_COUNT.matcher(ThaiText.arabic(target));
            if (count.matches() && count.group(2).replace(",", "").length() <= 9) {
                targetCount = ThaiText.number(count.group(2)).intValueExact();
                target = target.substring(0, count.end(1)).strip();
            }
        }
        List<Step> method = section(SheetSection.METHOD).map(MethodSteps::of).orElse(List.of());
        Period period = section(SheetSection.PERIOD).map(ThaiText::joinAll).map(this::period).orElse(null);
        Budget budget = section(SheetSection.BUDGET).map(ThaiText::joinAll).map(this::budget).orElse(null);
        String responsible = section(SheetSection.RESPONSIBLE).map(ThaiText::joinAll).orElse(null);
        List<Result> outputs = results(SheetSection.OUTPUTS);
        List<Result> outcomes = results(SheetSection.OUTCOMES);
        return new ItemContent(kind, name, rationale, objectives, target, targetCount, method, period, budget,
                units.of(responsible).orElse(null), responsible, outputs, outcomes);
    }

    /** A section's lines, or empty (and a problem) when its heading is missing or nothing follows it. */
    private Optional<List<String>> section(SheetSection section) {
        List<String> lines = sheet.sections().get(section);
        if (lines == null) {
            problem(section, ImportProblem.SECTION_MISSING, "");
            return Optional.empty();
        }
        if (lines.stream().allMatch(String::isBlank)) {
            problem(section, ImportProblem.SECTION_EMPTY, "");
            return Optional.empty();
        }
        return Optional.of(lines);
    }

    private Period period(String text) {
        Optional<List<Integer>> months = PeriodMonths.of(text);
        if (months.isEmpty()) {
            problem(SheetSection.PERIOD, ImportProblem.PERIOD_UNREADABLE, text);
        }
        return new Period(text, months.orElse(List.of()));
    }

    private Budget budget(String text) {
        BudgetReading reading = BudgetReading.of(text, firstYear, lastYear);
        reading.problems().forEach(found -> problem(SheetSection.BUDGET, found.messageKey(), found.detail()));
        yearless = reading.yearless();
        return reading.budget();
    }

    private List<Result> results(SheetSection section) {
        return section(section).map(ListEntries::of).orElse(List.of()).stream()
                .map(text -> new Result(text, KpiSuggestion.of(text).orElse(null)))
                .toList();
    }

    private void problem(SheetSection section, String messageKey, String detail) {
        problems.add(new ImportProblem(sheet.number(), section.label(), messageKey, detail));
    }
}

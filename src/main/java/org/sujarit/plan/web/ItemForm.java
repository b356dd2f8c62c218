package org.sujarit.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.sujarit.plan.Budget;
import org.sujarit.plan.ItemContent;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.Period;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Result;
import org.sujarit.plan.importing.MethodText;

/**
 * The nine fields of a detail sheet as one form. Lists are typed one entry per line; method
 * steps are numbered lines ("1)", "1.1)"); budgets come one amount per fiscal year of the plan.
 */
record ItemForm(@NotNull(message = "{validation.required}") UUID dimensionId,
                @NotNull(message = "{validation.required}") ItemKind kind,
                @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String name,
                @Size(max = 20000, message = "{validation.tooLong}") String rationale,
                @Size(max = 10000, message = "{validation.tooLong}") String objectives,
                @Size(max = 1000, message = "{validation.tooLong}") String targetGroup,
                @Min(value = 0, message = "{plan.count.negative}") @Max(value = 10_000_000, message = "{plan.count.tooLarge}") Integer targetCount,
                @Size(max = 20000, message = "{validation.tooLong}") String method,
                @Size(max = 500, message = "{validation.tooLong}") String periodText,
                List<String> periodMonths,
                Boolean budgetNone,
                List<String> budgetAmounts,
                @Size(max = 500, message = "{validation.tooLong}") String budgetText,
                UUID unitId,
                @Size(max = 500, message = "{validation.tooLong}") String responsibleText,
                @Valid List<ResultForm> outputs,
                @Valid List<ResultForm> outcomes) {

    static final int SPARE_ROWS = 2;

    ItemForm {
        outputs = withSpareRows(outputs);
        outcomes = withSpareRows(outcomes);
        periodMonths = periodMonths == null ? List.of() : periodMonths;
        budgetAmounts = budgetAmounts == null ? new ArrayList<>() : budgetAmounts;
    }

    /** Rows as typed, then blank rows until there are {@link #SPARE_ROWS} to fill. */
    private static List<ResultForm> withSpareRows(List<ResultForm> rows) {
        List<ResultForm> all = new ArrayList<>(rows == null ? List.of() : rows.stream()
                .map(row -> row == null ? ResultForm.blank() : row).toList());
        long trailingBlanks = 0;
        for (int i = all.size() - 1; i >= 0 && all.get(i).isBlank(); i--) {
            trailingBlanks++;
        }
        for (long i = trailingBlanks; i < SPARE_ROWS; i++) {
            all.add(ResultForm.blank());
        }
        return all;
    }

    /** Months of the fiscal year in order, October first. */
    static final List<Integer> FISCAL_MONTHS = List.of(10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9);

    static ItemForm blank(UUID dimensionId, PlanView plan) {
        List<String> amounts = new ArrayList<>();
        plan.years().forEach(year -> amounts.add(""));
        return new ItemForm(dimensionId, ItemKind.PROJECT, "", "", "", "", null, "", "", List.of(), true, amounts,
                Budget.NONE_TH, null, "", rows(List.of()), rows(List.of()));
    }

    static ItemForm of(ItemView item, UUID dimensionId, PlanView plan) {
        ItemContent c = item.content();
        Budget budget = c.budget() == null ? Budget.noBudget() : c.budget();
        List<String> amounts = plan.years().stream()
                .map(year -> budget.perYear().get(year) == null ? "" : budget.perYear().get(year).toPlainString()).toList();
        return new ItemForm(dimensionId, c.kind(), c.name(), c.rationale(), String.join("\n", c.objectives()),
                c.targetGroup(), c.targetCount(), MethodText.format(c.method()), c.period() == null ? "" : c.period().text(),
                c.period() == null ? List.of() : c.period().months().stream().map(String::valueOf).toList(), budget.none(),
                new ArrayList<>(amounts),
                budget.text(), item.unitId(), c.responsibleText(), rows(c.outputs()), rows(c.outcomes()));
    }

    private static List<ResultForm> rows(List<Result> results) {
        return results.stream().map(ResultForm::of).toList();
    }

    /** What Bean Validation cannot say: the values typed as text in list rows, and cross-field rules. */
    void validate(BindingResult binding) {
        check(binding, "outputs", outputs);
        check(binding, "outcomes", outcomes);
        for (int i = 0; i < budgetAmounts.size(); i++) {
            String typed = budgetAmounts.get(i);
            BigDecimal amount = TypedText.number(typed);
            if (typed != null && !typed.isBlank() && amount == null) {
                binding.rejectValue("budgetAmounts", "plan.budget.notANumber");
            } else if (amount != null && amount.signum() < 0) {
                binding.rejectValue("budgetAmounts", "plan.budget.negative");
            }
        }
        if (!noBudget() && amounts(List.of()).isEmpty() && (budgetText == null || budgetText.isBlank())) {
            binding.rejectValue("budgetAmounts", "plan.budget.required");
        }
        if (periodMonths.stream().map(TypedText::integer).anyMatch(m -> m == null || m < 1 || m > 12)) {
            binding.rejectValue("periodMonths", "plan.period.invalid");
        }
    }

    private static void check(BindingResult binding, String field, List<ResultForm> rows) {
        for (int i = 0; i < rows.size(); i++) {
            String[] problem = rows.get(i).isBlank() ? null : rows.get(i).kpiProblem();
            if (problem != null) {
                binding.rejectValue(field + "[" + i + "]." + problem[0], problem[1]);
            }
        }
    }

    ItemContent toContent(List<Integer> years) {
        List<Integer> typed = periodMonths.stream().map(TypedText::integer).toList();
        List<Integer> months = FISCAL_MONTHS.stream().filter(typed::contains).toList();
        Budget budget = noBudget() ? new Budget(true, Map.of(), blankOr(budgetText, Budget.NONE_TH))
                : new Budget(false, amounts(years), budgetText == null ? null : budgetText.strip());
        return new ItemContent(kind, name.strip(), strip(rationale), lines(objectives), strip(targetGroup), targetCount,
                MethodText.parse(method), new Period(strip(periodText), months), budget, null, strip(responsibleText),
                results(outputs), results(outcomes));
    }

    /** Primitive-free so that a malformed value is a field error, not a failed form. */
    private boolean noBudget() {
        return Boolean.TRUE.equals(budgetNone);
    }

    private Map<Integer, BigDecimal> amounts(List<Integer> years) {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        for (int i = 0; i < budgetAmounts.size(); i++) {
            BigDecimal amount = TypedText.number(budgetAmounts.get(i));
            if (amount != null) {
                byYear.put(i < years.size() ? years.get(i) : i, amount);
            }
        }
        return byYear;
    }

    private static List<Result> results(List<ResultForm> rows) {
        return rows == null ? List.of() : rows.stream().filter(row -> !row.isBlank()).map(ResultForm::toResult).toList();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String blankOr(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.strip();
    }
}

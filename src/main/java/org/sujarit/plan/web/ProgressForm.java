package org.sujarit.plan.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sujarit.plan.CannotReason;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.ProgressEntry;
import org.sujarit.plan.ProgressReport;
import org.sujarit.plan.ProgressStatus;
import org.sujarit.plan.ResultView;

/**
 * One round's report of one item, with the E-PlanNACC fields. KPI actuals come in the order of
 * the item's outputs then outcomes ({@code kpiKeys} says which result each value is for).
 */
record ProgressForm(@NotNull(message = "{validation.required}") ProgressStatus status, CannotReason cannotReason,
                    @Size(max = 1000, message = "{validation.tooLong}") String cannotReasonOther,
                    @DecimalMin(value = "0", message = "{plan.budget.negative}") BigDecimal budgetPlan,
                    @DecimalMin(value = "0", message = "{plan.budget.negative}") BigDecimal budgetOrdinance,
                    @DecimalMin(value = "0", message = "{plan.budget.negative}") BigDecimal disbursed,
                    Boolean inOrdinance,
                    @Size(max = 10000, message = "{validation.tooLong}") String narrative,
                    @Size(max = 10000, message = "{validation.tooLong}") String problems,
                    @Size(max = 10000, message = "{validation.tooLong}") String fixes,
                    List<String> kpiKeys,
                    List<String> kpiActuals) {

    static ProgressForm of(ItemView item, ProgressReport report, int fiscalYear) {
        List<UUID> keys = kpiKeys(item);
        List<String> keyTexts = keys.stream().map(UUID::toString).toList();
        if (report == null) {
            BigDecimal planned = item.content().budget() == null ? null : item.content().budget().perYear().get(fiscalYear);
            return new ProgressForm(ProgressStatus.NOT_STARTED, null, "", planned, null, null, null, "", "", "", keyTexts,
                    keys.stream().map(k -> "").toList());
        }
        return new ProgressForm(report.status(), report.cannotReason(), report.cannotReasonOther(), report.budgetPlan(),
                report.budgetOrdinance(), report.disbursed(), report.inOrdinance(), report.narrative(), report.problems(),
                report.fixes(), keyTexts, keys.stream().map(k -> report.kpiActuals().get(k))
                        .map(actual -> actual == null ? "" : actual.toPlainString()).toList());
    }

    /** The results of the item that carry a KPI, outputs first. */
    static List<ResultView> kpiResults(ItemView item) {
        return java.util.stream.Stream.concat(item.outputs().stream(), item.outcomes().stream())
                .filter(result -> result.result().kpi() != null).toList();
    }

    static List<UUID> kpiKeys(ItemView item) {
        return kpiResults(item).stream().map(ResultView::key).toList();
    }

    /** KPI actuals are typed as text in list rows; a malformed one is reported against its row. */
    void validate(org.springframework.validation.BindingResult binding) {
        for (int i = 0; kpiKeys != null && i < kpiKeys.size(); i++) {
            String typed = kpiActuals != null && i < kpiActuals.size() ? kpiActuals.get(i) : null;
            if (TypedText.uuid(kpiKeys.get(i)) == null || (typed != null && !typed.isBlank() && TypedText.number(typed) == null)) {
                binding.rejectValue("kpiActuals", "progress.kpi.notANumber");
            }
        }
    }

    ProgressEntry toEntry() {
        Map<UUID, BigDecimal> actuals = new HashMap<>();
        for (int i = 0; kpiKeys != null && i < kpiKeys.size(); i++) {
            UUID key = TypedText.uuid(kpiKeys.get(i));
            if (key != null) {
                actuals.put(key, kpiActuals != null && i < kpiActuals.size() ? TypedText.number(kpiActuals.get(i)) : null);
            }
        }
        return new ProgressEntry(status, cannotReason, cannotReasonOther, budgetPlan, budgetOrdinance, disbursed,
                inOrdinance, narrative, problems, fixes, actuals);
    }
}

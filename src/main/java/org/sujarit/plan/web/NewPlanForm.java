package org.sujarit.plan.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.sujarit.plan.NaccDimensions;
import org.sujarit.plan.PlanContent;
import org.sujarit.plan.PlanHeader;

/** A new plan: its first and last fiscal years (Buddhist Era); the four NACC dimensions come with it. */
record NewPlanForm(@NotNull(message = "{validation.required}") @Min(value = 2560, message = "{plan.years.invalid}") @Max(value = 2650, message = "{plan.years.invalid}") Integer firstYear,
                   @NotNull(message = "{validation.required}") @Min(value = 2560, message = "{plan.years.invalid}") @Max(value = 2660, message = "{plan.years.invalid}") Integer lastYear) {

    static NewPlanForm startingIn(int fiscalYear) {
        return new NewPlanForm(fiscalYear, fiscalYear + 4);
    }

    PlanContent toContent() {
        return new PlanContent(new PlanHeader(firstYear, lastYear, NaccDimensions.TITLE, null, null, List.of(), null, null),
                NaccDimensions.DEFAULT);
    }
}

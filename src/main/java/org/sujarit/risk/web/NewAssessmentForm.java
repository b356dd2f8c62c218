package org.sujarit.risk.web;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A new year's assessment: fresh on a chosen matrix, or carried over from an earlier year. */
record NewAssessmentForm(@NotNull(message = "{validation.required}") @Min(value = 2560, message = "{plan.years.invalid}") @Max(value = 2660, message = "{plan.years.invalid}") Integer fiscalYear,
                         UUID matrixId, Integer fromYear) {
}

package org.sujarit.plan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** A report as a user enters it for one item and round. */
public record ProgressEntry(ProgressStatus status, CannotReason cannotReason, String cannotReasonOther,
                            BigDecimal budgetPlan, BigDecimal budgetOrdinance, BigDecimal disbursed,
                            Boolean inOrdinance, String narrative, String problems, String fixes,
                            Map<UUID, BigDecimal> kpiActuals) {
}

package org.sujarit.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What was reported for one item in one round; {@code kpiActuals} are keyed by result key, and so
 * are the {@code overrides} standing on linked KPIs, whose figures the actuals hold.
 */
public record ProgressReport(UUID id, UUID itemKey, Round round, ProgressStatus status, CannotReason cannotReason,
                             String cannotReasonOther, BigDecimal budgetPlan, BigDecimal budgetOrdinance,
                             BigDecimal disbursed, Boolean inOrdinance, String narrative, String problems,
                             String fixes, boolean locked, Map<UUID, BigDecimal> kpiActuals,
                             Map<UUID, KpiOverride> overrides, List<Evidence> evidence, Instant updatedAt,
                             String updatedBy) {

    /** A file or a link supporting a report. Files are kept in the database, links point outside. */
    public record Evidence(UUID id, String title, String url, String fileName, String contentType, Integer sizeBytes) {

        public boolean isFile() {
            return url == null;
        }
    }
}

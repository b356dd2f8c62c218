package org.sujarit.risk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One fiscal year's assessment of a tenant with its matrix and risks, in order. */
public record AssessmentView(UUID id, int fiscalYear, RiskMatrix matrix, boolean published, Instant publishedAt,
                             UUID previousId, List<RiskView> risks) {
}

package org.sujarit.risk;

import java.util.UUID;

/**
 * Something inconsistent in an assessment, pointing at the risk (and measure) to fix.
 *
 * @param detail the values concerned, quoted back to the officer
 */
public record RiskFinding(UUID riskId, int riskPosition, UUID measureId, String messageKey, String detail) {
}

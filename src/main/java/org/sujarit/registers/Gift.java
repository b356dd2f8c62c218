package org.sujarit.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;

/**
 * A recorded gift: what the member of staff entered, what the rule of its year made of it, and, for
 * a report, the head of the agency's decision.
 *
 * @param overLimit whether the rule of its year held it beyond the limit when it was recorded
 * @param reportDue for a report, when it is due with the head of the agency; else {@code null}
 */
public record Gift(UUID id, UUID tenantId, UUID userId, String personName, FiscalYear fiscalYear, GiftEntry entry,
                   boolean overLimit, LocalDate reportDue, GiftDecision decision, String decisionReason,
                   UUID decidedBy, Instant decidedAt, Instant recordedAt) {

    public boolean isReport() {
        return entry.action() == GiftAction.REPORTED;
    }

    /** A report still waiting for the head of the agency. */
    public boolean awaitingDecision() {
        return isReport() && decision == null;
    }

    /** Checks that a decision may be taken now: only on a report, and only once. */
    void checkDecidable() {
        if (!isReport()) {
            throw new RuleViolation(null, "registers.gift.notAReport");
        }
        if (decision != null) {
            throw new RuleViolation(null, "registers.gift.alreadyDecided");
        }
    }
}

package org.sujarit.registers;

import java.time.Instant;
import java.util.UUID;

/**
 * A counterparty of a committee member that matches a bidder or the supplier of the purchase, as
 * the integrity officer sees it.
 *
 * @param counterparty the name as the source wrote it (a declared business, a gift giver)
 * @param tie          the member's tie to it, in a few Thai words
 * @param party        the bidder or supplier as the procurement summary writes it
 */
public record InterestFlag(UUID id, UUID userId, String personName, UUID purchaseId, int fiscalYear, int fiscalMonth,
                           String work, String source, String counterparty, String tie, String party,
                           String matchedBy, Instant foundAt, State state, UUID riskId, String dismissedReason,
                           String decidedByName, Instant decidedAt) {

    public enum State { OPEN, RECORDED, DISMISSED }

    public boolean open() {
        return state == State.OPEN;
    }
}

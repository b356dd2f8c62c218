package org.sujarit.audit;

import java.util.UUID;

/**
 * The outcome of checking one tenant's chain.
 *
 * @param firstBrokenId  the id of the first row that does not fit the chain, or {@code null}
 * @param firstBrokenSeq its position in the chain
 * @param problem        what is wrong with it, as a message key suffix
 */
public record ChainVerification(UUID chainKey, long rowsChecked, Long firstBrokenId, Long firstBrokenSeq,
                                Problem problem) {

    public enum Problem { ROW_ALTERED, ROW_MISSING, LINK_BROKEN, TAIL_REMOVED }

    public boolean intact() {
        return problem == null;
    }

    static ChainVerification intact(UUID chainKey, long rows) {
        return new ChainVerification(chainKey, rows, null, null, null);
    }
}

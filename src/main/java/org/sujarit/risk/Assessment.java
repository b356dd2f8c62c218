package org.sujarit.risk;

import java.time.Instant;
import java.util.UUID;

import org.sujarit.shared.RuleViolation;

/**
 * A year's assessment and the moves of its publication: a draft takes changes of its register
 * and is published to the portal; a published one is frozen until it is returned to draft.
 * Monitoring rounds go on either way.
 */
record Assessment(UUID id, int fiscalYear, UUID matrixId, boolean published, Instant publishedAt, UUID previousId) {

    /** This assessment, to change its register: refused once published. */
    Assessment requireDraft() {
        if (published) {
            throw new RuleViolation(null, "risk.edit.published");
        }
        return this;
    }

    Assessment publish(Instant at) {
        requireDraft();
        return new Assessment(id, fiscalYear, matrixId, true, at, previousId);
    }

    Assessment returnToDraft() {
        return new Assessment(id, fiscalYear, matrixId, false, null, previousId);
    }
}

package org.sujarit.registers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A signed version of a declaration: the yearly one ({@code purchaseId} null) with its interests
 * or "none", or a committee member's for one purchase, "no relation to the bidders" or the
 * relation in their words. A later version of the same year or matter supersedes it.
 */
public record InterestDeclaration(UUID id, UUID userId, String personName, String position, int fiscalYear,
                                  UUID purchaseId, int version, boolean noneDeclared, String relation,
                                  Instant signedAt, String signedByName, Instant supersededAt,
                                  List<InterestEntry> entries) {

    public InterestDeclaration {
        entries = List.copyOf(entries);
    }

    public boolean yearly() {
        return purchaseId == null;
    }

    public boolean current() {
        return supersededAt == null;
    }
}

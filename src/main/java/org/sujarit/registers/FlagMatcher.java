package org.sujarit.registers;

import java.util.Optional;

import org.sujarit.shared.ThaiTaxId;

/**
 * Whether a counterparty is a party of a purchase: by tax ID when both have one (a different ID is
 * a different firm, whatever the names say), otherwise by the name without its legal form
 * ({@link FlagNames}).
 */
final class FlagMatcher {

    enum MatchedBy { TAX_ID, NAME }

    /** A bidder or the supplier of a purchase; the summary has no tax IDs yet, so {@code taxId} may be null. */
    record Party(String name, ThaiTaxId taxId) {
    }

    private FlagMatcher() {
    }

    static Optional<MatchedBy> match(Counterparty counterparty, Party party) {
        if (counterparty.taxId() != null && party.taxId() != null) {
            return counterparty.taxId().equals(party.taxId()) ? Optional.of(MatchedBy.TAX_ID) : Optional.empty();
        }
        String name = FlagNames.normalise(counterparty.name());
        return !name.isEmpty() && name.equals(FlagNames.normalise(party.name())) ? Optional.of(MatchedBy.NAME)
                : Optional.empty();
    }
}

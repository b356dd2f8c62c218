package org.sujarit.registers;

import java.util.List;
import java.util.UUID;

import org.sujarit.shared.TenantId;
import org.sujarit.shared.ThaiTaxId;

/**
 * Someone a member of staff has a tie to that would matter if they sat on the committee of a
 * purchase this body makes from it: a business they or a relative declared an interest in, and —
 * from the gift register — whoever gave them a gift. The flags compare each counterparty of a
 * committee member with the bidders and the supplier of the purchase.
 *
 * @param source    which register it comes from ({@code declaration}, {@code gift} …), as the flag keeps it
 * @param reference the record in that register it comes from
 * @param personId  the account of the member of staff
 * @param name      the counterparty's name as written
 * @param taxId     its tax ID, when the register has one; {@code null} otherwise
 * @param tie       the tie in a few words (e.g. "คู่สมรส: ผู้ถือหุ้น"), shown on the flag
 */
public record Counterparty(String source, UUID reference, UUID personId, String name, ThaiTaxId taxId, String tie) {

    /** What makes two counterparties of a person the same: the tax ID, else the normalised name. */
    public String key() {
        return taxId != null ? taxId.digits() : FlagNames.normalise(name);
    }

    /**
     * A register that knows counterparties of members of staff; each such bean is asked by every
     * scan for flags.
     */
    public interface Source {

        /** The counterparties of one tenant's members of staff, as the register now stands. */
        List<Counterparty> counterparties(TenantId tenant);
    }
}

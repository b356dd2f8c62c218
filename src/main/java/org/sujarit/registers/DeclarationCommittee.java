package org.sujarit.registers;

import java.util.List;
import java.util.UUID;

import org.sujarit.procurement.Purchase;

/**
 * The committee of one purchase of the procurement summary and where each member's declaration
 * stands.
 *
 * @param fiscalYear  the summary's fiscal year (Buddhist Era)
 * @param fiscalMonth the month within it (1 = October)
 */
public record DeclarationCommittee(int fiscalYear, int fiscalMonth, Purchase purchase, List<Member> members) {

    public DeclarationCommittee {
        members = List.copyOf(members);
    }

    /** @param declaration the member's current declaration for the purchase; null while it waits */
    public record Member(UUID userId, String name, InterestDeclaration declaration) {

        public boolean waiting() {
            return declaration == null;
        }
    }

    /** A purchase a member sat on, as their own page lists it. */
    public record Seat(int fiscalYear, int fiscalMonth, UUID purchaseId) {

        /** The month of the summary the purchase is in, as a calendar month: "ตุลาคม 2569". */
        public String month(java.util.Locale locale) {
            return org.sujarit.procurement.FiscalMonth.of(fiscalYear, fiscalMonth).name(locale);
        }
    }
}

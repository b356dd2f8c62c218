package org.sujarit.registers;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.ThaiTaxId;

/**
 * A gift or benefit as a member of staff records it. The constructor holds the rules of the form
 * that need no clock and no rule of the year: what is required, how long text may be, that a
 * relative is named with the relation and that an organisation is nobody's relative.
 *
 * @param giverTaxId    {@code null} when the giver has none or it is not known
 * @param relation      how the giver is related (บิดา, พี่สาว …); required for a relative
 * @param publicAtLarge given to the public at large (ให้แก่บุคคลทั่วไป), not to the official as such
 */
public record GiftEntry(String giverName, GiverKind giverKind, ThaiTaxId giverTaxId, boolean relative, String relation,
                        boolean publicAtLarge, String occasion, GiftCategory category, String description,
                        BigDecimal value, LocalDate receivedOn, GiftAction action) {

    public GiftEntry {
        giverName = required(giverName, "giverName", 300);
        occasion = required(occasion, "occasion", 300);
        description = required(description, "description", 1000);
        relation = relation == null || relation.isBlank() ? null : relation.strip();
        if (giverKind == null) {
            throw new RuleViolation("giverKind", "registers.gift.required");
        }
        if (category == null) {
            throw new RuleViolation("category", "registers.gift.required");
        }
        if (action == null) {
            throw new RuleViolation("action", "registers.gift.required");
        }
        if (value == null) {
            throw new RuleViolation("value", "registers.gift.required");
        }
        if (receivedOn == null) {
            throw new RuleViolation("receivedOn", "registers.gift.required");
        }
        if (relative && giverKind == GiverKind.ORGANISATION) {
            throw new RuleViolation("relative", "registers.gift.organisationNoRelative");
        }
        if (relative && relation == null) {
            throw new RuleViolation("relation", "registers.gift.relationRequired");
        }
        if (relation != null && relation.length() > 200) {
            throw new RuleViolation("relation", "registers.gift.tooLong");
        }
        if (!relative) {
            relation = null;
        }
    }

    private static String required(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field, "registers.gift.required");
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new RuleViolation(field, "registers.gift.tooLong");
        }
        return stripped;
    }
}

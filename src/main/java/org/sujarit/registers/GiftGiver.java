package org.sujarit.registers;

import org.sujarit.shared.ThaiTaxId;

/**
 * Someone who gave or offered a member of staff a gift, as the register names them: for matching
 * against the bidders and suppliers of the procurement summary.
 *
 * @param taxId {@code null} when the giver has none or it was not recorded
 */
public record GiftGiver(String name, ThaiTaxId taxId) {
}

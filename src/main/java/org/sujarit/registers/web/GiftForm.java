package org.sujarit.registers.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.procurement.Amounts;
import org.sujarit.registers.GiftAction;
import org.sujarit.registers.GiftCategory;
import org.sujarit.registers.GiftEntry;
import org.sujarit.registers.GiverKind;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.ThaiTaxId;

/**
 * A gift as typed. The value, the tax ID and the date stay text until read, so that what does not
 * read comes back as typed with its message: the value in Thai or Arabic digits, the tax ID with
 * its check digit, the date in the Buddhist Era.
 */
record GiftForm(String giverName, GiverKind giverKind, String giverTaxId, Boolean relative, String relation,
                Boolean publicAtLarge, String occasion, GiftCategory category, String description, String value,
                String receivedOn, GiftAction action) {

    static GiftForm empty() {
        return new GiftForm(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The entry, or {@code null} with what does not read or breaks a rule rejected on its field. */
    GiftEntry toEntry(BindingResult binding) {
        BigDecimal amount = null;
        try {
            amount = Amounts.parse(value);
        } catch (NumberFormatException e) {
            binding.rejectValue("value", "registers.gift.valueInvalid");
        }
        ThaiTaxId taxId = null;
        if (giverTaxId != null && !giverTaxId.isBlank()) {
            taxId = ThaiTaxId.parse(giverTaxId).orElse(null);
            if (taxId == null) {
                binding.rejectValue("giverTaxId", "registers.gift.taxIdInvalid");
            }
        }
        LocalDate date = FormErrors.date(binding, "receivedOn", receivedOn);
        if (binding.hasErrors()) {
            return null;
        }
        try {
            return new GiftEntry(giverName, giverKind, taxId, Boolean.TRUE.equals(relative), relation,
                    Boolean.TRUE.equals(publicAtLarge), occasion, category,
                    description, amount, date, action);
        } catch (RuleViolation violation) {
            FormErrors.reject(binding, violation);
            return null;
        }
    }
}

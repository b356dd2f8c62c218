package org.sujarit.complaint.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.sujarit.complaint.CaseView.Category;
import org.sujarit.complaint.Channel;
import org.sujarit.shared.ThaiDigits;

/**
 * A category: added (a new code, which never changes after) or renamed, described, routed to a
 * default unit, ordered, hidden or shown.
 */
record CategoryForm(@NotNull(message = "{validation.required}") Channel channel,
                    @Size(max = 40, message = "{validation.tooLong}") String code,
                    @Size(max = 200, message = "{validation.tooLong}") String nameTh,
                    @Size(max = 200, message = "{validation.tooLong}") String nameEn,
                    @Size(max = 1000, message = "{validation.tooLong}") String descriptionTh,
                    @Size(max = 1000, message = "{validation.tooLong}") String descriptionEn,
                    UUID unitId,
                    @Size(max = 6, message = "{complaint.category.position}") String position,
                    Boolean active) {

    static CategoryForm blank() {
        return new CategoryForm(Channel.GENERAL, "", "", "", "", "", null, null, true);
    }

    static CategoryForm of(Category c) {
        return new CategoryForm(c.channel(), c.code(), c.nameTh(), c.nameEn(), c.descriptionTh(), c.descriptionEn(),
                c.unitId(), String.valueOf(c.position()), c.active());
    }

    /**
     * The order typed (Thai digits too), or null when none was; a value that is not 1 to 999 is
     * marked on the field.
     */
    Integer order(BindingResult binding) {
        if (position == null || position.isBlank()) {
            return null;
        }
        try {
            int order = Integer.parseInt(ThaiDigits.toArabic(position).strip());
            if (order >= 1 && order <= 999) {
                return order;
            }
        } catch (NumberFormatException e) {
            // marked below, like a number out of range
        }
        SettingsForm.mark(binding, "position", "complaint.category.position");
        return null;
    }

    /** {@code existing} is the stored category when one is changed: its code and channel stay. */
    Category toCategory(Category existing, Integer order) {
        return new Category(existing == null ? null : existing.id(), existing == null ? channel : existing.channel(),
                existing == null ? code(code) : existing.code(), strip(nameTh), strip(nameEn), strip(descriptionTh),
                strip(descriptionEn), unitId, order == null ? (existing == null ? 0 : existing.position()) : order,
                Boolean.TRUE.equals(active));
    }

    /** The code typed, or one made up when none was: it names the category in Open311 and never changes. */
    private static String code(String typed) {
        return typed == null || typed.isBlank() ? "c-" + UUID.randomUUID().toString().substring(0, 8)
                : typed.strip().toLowerCase(Locale.ROOT);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package org.sujarit.plan.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sujarit.shared.ThaiDigits;

/** A dimension, sub-dimension or group: its number ("1", "1.1", "1.1.1", typed in either digits) and title. */
record DimensionForm(UUID parentId,
                     @NotBlank(message = "{validation.required}") @Pattern(regexp = "[0-9]+(\\.[0-9]+)*", message = "{plan.dimension.number}") String number,
                     @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String title) {

    DimensionForm {
        number = number == null ? null : ThaiDigits.toArabic(number).strip();
    }

    static DimensionForm blank() {
        return new DimensionForm(null, "", "");
    }
}

package org.sujarit.staff.web;

import jakarta.validation.constraints.NotBlank;

/** A temporary password the admin hands over; the user must replace it at sign-in. */
record ResetPasswordForm(@NotBlank(message = "{validation.required}") String password) {

    static ResetPasswordForm empty() {
        return new ResetPasswordForm("");
    }
}

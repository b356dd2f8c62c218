package org.sujarit.tenant.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.tenant.Contacts;

record ContactsForm(@Size(max = 500, message = "{validation.tooLong}") String address,
                    @Size(max = 50, message = "{validation.tooLong}") @Pattern(regexp = "[0-9 +()\\-,]*", message = "{validation.phone}") String phone,
                    @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String email,
                    @Size(max = 200, message = "{validation.tooLong}") @Pattern(regexp = "(https?://\\S+)?", message = "{validation.url}") String website) {

    /** A phone number as typed, in Thai or Arabic digits. */
    ContactsForm {
        phone = phone == null ? null : ThaiDigits.toArabic(phone);
    }

    static ContactsForm of(Contacts contacts) {
        return new ContactsForm(contacts.address(), contacts.phone(), contacts.email(), contacts.website());
    }

    Contacts toContacts() {
        return new Contacts(address, phone, email, website);
    }
}

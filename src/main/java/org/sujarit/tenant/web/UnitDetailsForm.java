package org.sujarit.tenant.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sujarit.tenant.Unit;
import org.sujarit.tenant.UnitDetails;

record UnitDetailsForm(@NotBlank(message = "{validation.required}") @Size(min = 2, max = 200, message = "{validation.length}") String nameTh,
                       @Size(max = 200, message = "{validation.tooLong}") String nameEn,
                       @Size(max = 50, message = "{validation.tooLong}") String phone,
                       @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String email) {

    static UnitDetailsForm of(Unit unit) {
        return new UnitDetailsForm(unit.nameTh(), unit.nameEn(), unit.phone(), unit.email());
    }

    UnitDetails details() {
        return new UnitDetails(nameTh, nameEn, phone, email);
    }
}

package org.sujarit.tenant.web;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sujarit.tenant.UnitDetails;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.UnitKind;

record NewUnitForm(UUID parentId,
                   @NotNull(message = "{validation.required}") UnitKind kind,
                   @NotBlank(message = "{validation.required}") @Size(min = 2, max = 200, message = "{validation.length}") String nameTh,
                   @Size(max = 200, message = "{validation.tooLong}") String nameEn,
                   @Size(max = 50, message = "{validation.tooLong}") String phone,
                   @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String email) {

    static NewUnitForm empty() {
        return new NewUnitForm(null, UnitKind.DIVISION, "", "", "", "");
    }

    UnitId parent() {
        return parentId == null ? null : new UnitId(parentId);
    }

    UnitDetails details() {
        return new UnitDetails(nameTh, nameEn, phone, email);
    }
}

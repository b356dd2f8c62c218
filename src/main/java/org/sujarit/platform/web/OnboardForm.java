package org.sujarit.platform.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sujarit.platform.Onboarding.FirstAdmin;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.tenant.Contacts;
import org.sujarit.tenant.NewOrganisation;
import org.sujarit.tenant.OrganisationKind;
import org.sujarit.tenant.Slugs;

/** A new local government and its first tenant admin. */
record OnboardForm(
        @NotBlank(message = "{validation.required}") @Size(min = 2, max = 200, message = "{validation.length}") String nameTh,
        @NotBlank(message = "{validation.required}") @Size(min = 2, max = 200, message = "{validation.length}") String nameEn,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[0-9]{7}", message = "{organisation.dlaCode.invalid}") String dlaCode,
        @NotNull(message = "{validation.required}") OrganisationKind kind,
        @NotBlank(message = "{validation.required}") String provinceCode,
        @NotBlank(message = "{validation.required}") @Size(min = 2, max = 100, message = "{validation.length}") String district,
        @Size(max = 100, message = "{validation.tooLong}") String districtEn,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = Slugs.PATTERN, message = "{organisation.slug.invalid}") String slug,
        @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}") String adminUsername,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String adminDisplayName,
        @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String adminEmail,
        @NotBlank(message = "{validation.required}") String adminPassword) {

    /** The code as typed, in Thai or Arabic digits. */
    OnboardForm {
        dlaCode = dlaCode == null ? null : ThaiDigits.toArabic(dlaCode).strip();
    }

    static OnboardForm empty() {
        return new OnboardForm("", "", "", OrganisationKind.SUBDISTRICT_MUNICIPALITY, "", "", "", "", "", "", "", "");
    }

    NewOrganisation organisation() {
        return new NewOrganisation(slug, nameTh, nameEn, dlaCode, kind, provinceCode, district, districtEn,
                Contacts.none(), false);
    }

    FirstAdmin admin() {
        return new FirstAdmin(adminUsername, adminDisplayName, adminEmail, adminPassword, true);
    }
}

package org.sujarit.platform.web;

import java.util.EnumSet;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.OversightScope;
import org.sujarit.staff.OversightScope.Level;
import org.sujarit.staff.Role;

/** An oversight account with its scope: one province, one NACC region or the nation. */
record OversightUserForm(
        @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}") String username,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String displayName,
        @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String email,
        @NotNull(message = "{validation.required}") Level level,
        String provinceCode,
        @Min(value = 1, message = "{oversight.region.invalid}") @Max(value = 9, message = "{oversight.region.invalid}") Integer region,
        @NotBlank(message = "{validation.required}") String initialPassword) {

    static OversightUserForm empty() {
        return new OversightUserForm("", "", "", Level.PROVINCE, "", null, "");
    }

    NewStaffUser toCommand() {
        return new NewStaffUser(null, username, displayName, email, null, EnumSet.of(Role.OVERSIGHT), scope(),
                initialPassword, true, false);
    }

    private OversightScope scope() {
        return switch (level) {
            case NATION -> OversightScope.nation();
            case REGION -> {
                if (region == null) {
                    throw new RuleViolation("region", "oversight.region.invalid");
                }
                yield OversightScope.region(region);
            }
            case PROVINCE -> {
                if (provinceCode == null || provinceCode.isBlank()) {
                    throw new RuleViolation("provinceCode", "organisation.province.unknown");
                }
                yield OversightScope.province(provinceCode);
            }
        };
    }
}

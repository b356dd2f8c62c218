package org.sujarit.staff.factor;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.staff.AccountSection;
import org.sujarit.staff.StaffPrincipal;

/** One-time codes on the account page: on (with recovery codes left) or off, and whether required. */
@Component
class OneTimeCodesSection implements AccountSection {

    private final OneTimeCodes codes;
    private final SecondFactorRequirement requirement;

    OneTimeCodesSection(OneTimeCodes codes, SecondFactorRequirement requirement) {
        this.codes = codes;
        this.requirement = requirement;
    }

    @Override
    public View view(StaffPrincipal me) {
        OneTimeCodes.Status status = codes.status(me.userId());
        return new View("totp.title", status.active() ? "totp.status.on" : "totp.status.off",
                List.of(status.recoveryCodesLeft()), TwoFactorController.PAGE, requirement.requires(me));
    }
}

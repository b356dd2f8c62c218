package org.sujarit.staff.passkey;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.staff.AccountSection;
import org.sujarit.staff.StaffPrincipal;

/**
 * The passkeys line of the account page: how many this person has, and the link to manage them.
 * Whether their roles require a second factor is said by the one-time-code section, which owns that
 * rule; this one does not repeat it.
 */
@Component
class PasskeyAccountSection implements AccountSection {

    private final Passkeys passkeys;

    PasskeyAccountSection(Passkeys passkeys) {
        this.passkeys = passkeys;
    }

    @Override
    public View view(StaffPrincipal me) {
        return new View("passkey.section.title", "passkey.section.status", List.of(passkeys.count(me.userId())),
                PasskeyController.PAGE, false);
    }

    @Override
    public int getOrder() {
        return 20;
    }
}

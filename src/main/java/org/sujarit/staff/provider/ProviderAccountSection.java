package org.sujarit.staff.provider;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.staff.AccountSection;
import org.sujarit.staff.StaffPrincipal;

/** The account page's line for single sign-on: how many identities are linked, when a provider serves this account. */
@Component
class ProviderAccountSection implements AccountSection {

    private final Providers providers;
    private final Identities identities;

    ProviderAccountSection(Providers providers, Identities identities) {
        this.providers = providers;
        this.identities = identities;
    }

    @Override
    public View view(StaffPrincipal me) {
        int linked = identities.of(me.userId()).size();
        if (linked == 0 && providers.offeredTo(me.hasTenant() ? me.tenant().value() : null).isEmpty()) {
            return null;
        }
        return new View("provider.account.title", "provider.account.status", List.of(linked),
                AccountIdentityController.PAGE, false);
    }

    @Override
    public int getOrder() {
        return 30;
    }
}

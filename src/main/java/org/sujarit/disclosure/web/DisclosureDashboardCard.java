package org.sujarit.disclosure.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.sujarit.disclosure.Catalogue;
import org.sujarit.disclosure.Disclosures;
import org.sujarit.disclosure.ItemState;
import org.sujarit.console.DashboardCard;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.Organisations;

/** The ITA readiness of this fiscal year on the console's home, with how many items are overdue. */
@Component
class DisclosureDashboardCard implements DashboardCard.Source {

    private final Disclosures disclosures;
    private final Organisations organisations;

    DisclosureDashboardCard(Disclosures disclosures, Organisations organisations) {
        this.disclosures = disclosures;
        this.organisations = organisations;
    }

    @Override
    public Optional<DashboardCard> card(TenantId tenant) {
        Catalogue c = disclosures.catalogue(tenant, organisations.get(tenant).slug(), disclosures.currentYear());
        return Optional.of(new DashboardCard("disclosure.readiness", c.readiness().toPlainString() + "%", "disclosure.card.note",
                List.of(c.readyCount(), c.items().size(), c.counts().get(ItemState.State.OVERDUE)), "/console/disclosure"));
    }

    @Override
    public int order() {
        return 40;
    }
}

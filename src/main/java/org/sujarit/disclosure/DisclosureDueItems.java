package org.sujarit.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.shared.DueItem;
import org.sujarit.shared.FiscalYear;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/**
 * Reminders for the daily digest: every period of a checklist item that is overdue or falls due
 * within two weeks and has no evidence, for the unit that answers for the item (the integrity
 * officer when none does). A period with evidence is never mailed.
 */
@Component
class DisclosureDueItems implements DueItem.Source {

    private final Organisations organisations;
    private final Disclosures disclosures;

    DisclosureDueItems(Organisations organisations, Disclosures disclosures) {
        this.organisations = organisations;
        this.disclosures = disclosures;
    }

    @Override
    public List<DueItem> dueItems(LocalDate today) {
        FiscalYear year = FiscalYear.containing(today);
        List<DueItem> items = new ArrayList<>();
        for (Organisation organisation : organisations.all()) {
            Catalogue catalogue = disclosures.catalogue(organisation.id(), organisation.slug(), year);
            for (ItemState item : catalogue.items()) {
                for (ItemState.PeriodState period : item.periods()) {
                    if (period.covered() || period.dueDate().isAfter(today.plusDays(Disclosures.NOTICE_DAYS))) {
                        continue;
                    }
                    items.add(new DueItem(organisation.id().value(), item.unitId(), "disclosure",
                            DueItem.titleLine("ITA " + item.item().number() + " " + item.item().titleTh() + " ("
                                    + Frequency.label(period.period(), false) + ")"),
                            DueItem.titleLine("ITA " + item.item().number() + " " + item.item().titleEn() + " ("
                                    + Frequency.label(period.period(), true) + ")"),
                            period.dueDate(), "/console/disclosure/" + year + "/" + item.item().number(), false));
                }
            }
        }
        return items;
    }
}

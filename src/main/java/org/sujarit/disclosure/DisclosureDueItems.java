package org.sujarit.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.sujarit.notification.DueItem;
import org.sujarit.shared.FiscalYear;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/**
 * Reminders for the daily digest: every period of a checklist item without evidence, from two
 * weeks before its due date until a month after it, for the unit that answers for the item (the
 * integrity officer when none does). A period with evidence is never mailed, and an old lapse is
 * left to the dashboard rather than mailed every day for ever.
 */
@Component
@ConditionalOnProperty(name = "sujarit.disclosure.reminders", havingValue = "true", matchIfMissing = true)
class DisclosureDueItems implements DueItem.Source {

    /** How long after its due date an unpublished period is still mailed. */
    static final int REMIND_AFTER_DAYS = 30;

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
                    if (period.covered() || period.dueDate().isAfter(today.plusDays(Disclosures.NOTICE_DAYS))
                            || period.dueDate().isBefore(today.minusDays(REMIND_AFTER_DAYS))) {
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

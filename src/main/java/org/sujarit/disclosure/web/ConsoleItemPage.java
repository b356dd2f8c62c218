package org.sujarit.disclosure.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.sujarit.disclosure.Disclosures;
import org.sujarit.disclosure.ItemState;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Units;

/**
 * The console's page of one checklist item, which reading it and every publishing form come back
 * to: its periods and publications, its history, and who may publish for it.
 */
@Component
class ConsoleItemPage {

    private final Disclosures disclosures;
    private final Organisations organisations;
    private final Units units;

    ConsoleItemPage(Disclosures disclosures, Organisations organisations, Units units) {
        this.disclosures = disclosures;
        this.organisations = organisations;
        this.units = units;
    }

    ItemState item(TenantMember me, FiscalYear year, String number) {
        return disclosures.item(me.tenant(), slug(me), year, number);
    }

    String show(TenantMember me, FiscalYear year, ItemState item, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("state", item);
        model.addAttribute("history", disclosures.publications(me.tenant(), year, item.item().number(), false));
        model.addAttribute("mayPublish", disclosures.mayPublish(me, item));
        model.addAttribute("officer", me instanceof StaffPrincipal p && p.has(Role.INTEGRITY_OFFICER));
        model.addAttribute("units", units.activeTree(me.tenant()));
        model.addAttribute("slug", slug(me));
        return "disclosure/item";
    }

    String slug(TenantMember me) {
        return organisations.get(me.tenant()).slug();
    }
}

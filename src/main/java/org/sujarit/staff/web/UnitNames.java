package org.sujarit.staff.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/** The full names of a tenant's units, in the page's language, as the account pages name a user's unit. */
final class UnitNames {

    private UnitNames() {
    }

    static Map<UnitId, String> of(Units units, TenantId tenant) {
        Locale locale = LocaleContextHolder.getLocale();
        return units.tree(tenant).stream().collect(Collectors.toMap(node -> node.unit().id(), node -> node.fullName(locale)));
    }
}

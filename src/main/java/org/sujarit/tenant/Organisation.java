package org.sujarit.tenant;

import java.util.Locale;

import org.sujarit.shared.TenantId;

/** A local government on the platform: the tenant every other record belongs to. */
public record Organisation(TenantId id, String slug, String nameTh, String nameEn, String dlaCode,
                           OrganisationKind kind, Province province, String district, String districtEn,
                           Contacts contacts, boolean demo) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameTh;
    }

    public String district(Locale locale) {
        return "en".equals(locale.getLanguage()) && districtEn != null ? districtEn : district;
    }
}

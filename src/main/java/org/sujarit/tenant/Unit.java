package org.sujarit.tenant;

import java.util.Locale;

import org.sujarit.shared.TenantId;

/** A สำนัก/กอง, ฝ่าย or งาน of one local government. */
public record Unit(UnitId id, TenantId tenantId, UnitId parentId, UnitKind kind, String nameTh, String nameEn,
                   String phone, String email, int position, boolean active) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameTh;
    }
}

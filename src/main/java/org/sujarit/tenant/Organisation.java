package org.sujarit.tenant;

import java.util.Locale;

import org.sujarit.shared.NumeralStyle;
import org.sujarit.shared.TenantId;

/**
 * A local government on the platform: the tenant every other record belongs to. {@code numerals}
 * is how its pages and documents write numbers.
 */
public record Organisation(TenantId id, String slug, String nameTh, String nameEn, String dlaCode,
                           OrganisationKind kind, Province province, String district, String districtEn,
                           Contacts contacts, boolean demo, NumeralStyle numerals) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameTh;
    }

    public String district(Locale locale) {
        return "en".equals(locale.getLanguage()) && districtEn != null ? districtEn : district;
    }

    /** The district and province as a document's letterhead gives them: "อำเภอเมืองพะเยา จังหวัดพะเยา". */
    public String locality() {
        String districtName = district == null ? "" : district.strip();
        String provinceName = province == null ? "" : province.nameTh().strip();
        String districtPart = districtName.isEmpty() ? "" : (districtName.startsWith("อำเภอ") || districtName.startsWith("เขต")
                ? districtName : "อำเภอ" + districtName);
        String provincePart = provinceName.isEmpty() ? "" : (provinceName.startsWith("จังหวัด") || provinceName.equals("กรุงเทพมหานคร")
                ? provinceName : "จังหวัด" + provinceName);
        return (districtPart + " " + provincePart).strip();
    }
}

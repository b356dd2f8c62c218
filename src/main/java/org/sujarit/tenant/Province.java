package org.sujarit.tenant;

/** A province, with the NACC regional office (ภาค 1–9) that oversees it; Bangkok has none. */
public record Province(String code, String nameTh, String nameEn, Integer naccRegion) {
}

package org.sujarit.tenant;

/** The editable description of a unit. */
public record UnitDetails(String nameTh, String nameEn, String phone, String email) {
}

package org.sujarit.tenant;

/** What onboarding a local government needs. */
public record NewOrganisation(String slug, String nameTh, String nameEn, String dlaCode, OrganisationKind kind,
                              String provinceCode, String district, String districtEn, Contacts contacts,
                              boolean demo) {
}

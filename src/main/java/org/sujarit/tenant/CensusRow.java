package org.sujarit.tenant;

/** How many local governments of one kind a province has on the platform. */
public record CensusRow(Province province, OrganisationKind kind, int count) {
}

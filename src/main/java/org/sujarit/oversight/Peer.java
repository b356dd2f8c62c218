package org.sujarit.oversight;

import java.util.Arrays;
import java.util.Optional;

import org.sujarit.tenant.OrganisationKind;

/**
 * A peer group for league tables and medians: the kind of local government, and for an อบต. its
 * size (the Department of Local Administration's large / medium / small by income).
 */
public enum Peer {
    PAO(OrganisationKind.PAO, null),
    CITY_MUNICIPALITY(OrganisationKind.CITY_MUNICIPALITY, null),
    TOWN_MUNICIPALITY(OrganisationKind.TOWN_MUNICIPALITY, null),
    SUBDISTRICT_MUNICIPALITY(OrganisationKind.SUBDISTRICT_MUNICIPALITY, null),
    SAO(OrganisationKind.SAO, null),
    SAO_LARGE(OrganisationKind.SAO, "LARGE"),
    SAO_MEDIUM(OrganisationKind.SAO, "MEDIUM"),
    SAO_SMALL(OrganisationKind.SAO, "SMALL");

    private final OrganisationKind kind;
    private final String size;

    Peer(OrganisationKind kind, String size) {
        this.kind = kind;
        this.size = size;
    }

    public OrganisationKind kind() {
        return kind;
    }

    /** The size class, or null for every size of the kind. */
    public String size() {
        return size;
    }

    public String messageKey() {
        return "oversight.peer." + name();
    }

    /** The narrowest group of a local government: its kind, and its size when it is an อบต. with one. */
    static Peer of(OrganisationKind kind, String size) {
        return Arrays.stream(values()).filter(p -> p.kind == kind && java.util.Objects.equals(p.size, size)).findFirst()
                .orElseGet(() -> valueOf(kind.name()));
    }

    public static Optional<Peer> parse(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }
}

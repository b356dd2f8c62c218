package org.sujarit.complaint;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.UnitNode;
import org.sujarit.tenant.Units;

/**
 * Who may see and do what with a tenant's cases. The integrity officer handles every case and
 * alone sees who filed it; unit staff see and work on the cases assigned to their unit or the
 * units beneath it — so never a corruption report that was not given to them; executives and
 * internal auditors read; the tenant admin keeps the settings and reads no case.
 * <p>
 * Conflict of interest: whoever belongs to the unit a corruption report is about, or to a unit
 * beneath it, never sees that report nor learns that it exists — whatever their role.
 */
@Component
public class CaseAccess {

    /** Steps unit staff take on a case of their unit; the rest are the integrity officer's. */
    static final Set<CaseStatus> UNIT_STEPS = EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED);

    private final Units units;

    CaseAccess(Units units) {
        this.units = units;
    }

    /**
     * The cases a viewer may read: all of them, those of some units, or none.
     *
     * @param units      the units whose cases the viewer reads; null when the viewer reads every case
     * @param conflicted the viewer's own unit and those above it: a corruption report about any of
     *                   them is about the viewer's unit or one it belongs to, and is hidden from the viewer
     */
    public record Scope(Set<UUID> units, Set<UUID> conflicted) {

        public static final Scope ALL = new Scope(null, Set.of());
        public static final Scope NONE = new Scope(Set.of(), Set.of());

        public Scope {
            conflicted = conflicted == null ? Set.of() : Set.copyOf(conflicted);
        }

        public boolean all() {
            return units == null;
        }

        public boolean none() {
            return units != null && units.isEmpty();
        }

        public boolean covers(CaseView c) {
            return !hides(c) && (all() || c.unitId() != null && units.contains(c.unitId()));
        }

        /** Whether the case is a report about the viewer's own unit on a channel that hides it: then it does not exist for them. */
        public boolean hides(CaseView c) {
            return c.channel().hiddenFromInvolvedUnit() && c.involvedUnitId() != null && conflicted.contains(c.involvedUnitId());
        }
    }

    public Scope scope(TenantMember viewer) {
        if (!(viewer instanceof StaffPrincipal p) || !viewer.hasTenant()) {
            return Scope.NONE;
        }
        Set<UUID> conflicted = p.unit() == null ? Set.of() : unitAndAbove(viewer, p.unit());
        if (p.has(Role.INTEGRITY_OFFICER) || p.has(Role.EXECUTIVE) || p.has(Role.INTERNAL_AUDITOR)) {
            return new Scope(null, conflicted);
        }
        if (p.has(Role.UNIT_STAFF) && p.unit() != null) {
            return new Scope(unitsWithin(viewer, p.unit()), conflicted);
        }
        return Scope.NONE;
    }

    private Set<UUID> unitsWithin(TenantMember viewer, UnitId unit) {
        return units.tree(viewer.tenant()).stream()
                .filter(node -> node.unit().id().equals(unit) || node.ancestors().stream().anyMatch(a -> a.id().equals(unit)))
                .map(UnitNode::unit).map(u -> u.id().value()).collect(Collectors.toUnmodifiableSet());
    }

    private Set<UUID> unitAndAbove(TenantMember viewer, UnitId unit) {
        return units.tree(viewer.tenant()).stream()
                .filter(node -> node.unit().id().equals(unit))
                .flatMap(node -> Stream.concat(Stream.of(node.unit()), node.ancestors().stream()))
                .map(u -> u.id().value()).collect(Collectors.toUnmodifiableSet());
    }

    public boolean mayRead(TenantMember viewer, CaseView c) {
        return scope(viewer).covers(c);
    }

    /** Whether the viewer takes the officer's steps: acknowledging, assigning, closing, reopening, analysing. */
    public boolean handles(TenantMember viewer) {
        return viewer instanceof StaffPrincipal p && p.hasTenant() && p.has(Role.INTEGRITY_OFFICER);
    }

    /** Whether the viewer may reply and add notes: the officer, or staff of the unit the case is assigned to. */
    public boolean works(TenantMember viewer, CaseView c) {
        if (handles(viewer)) {
            return true;
        }
        return viewer instanceof StaffPrincipal p && p.has(Role.UNIT_STAFF) && p.unit() != null && c.unitId() != null
                && units.isWithin(viewer.tenant(), new UnitId(c.unitId()), p.unit());
    }

    /** The workflow steps the viewer may take on the case now. */
    public Set<CaseStatus> steps(TenantMember viewer, CaseView c) {
        Set<CaseStatus> next = EnumSet.noneOf(CaseStatus.class);
        next.addAll(c.status().next());
        if (handles(viewer)) {
            return next;
        }
        if (works(viewer, c)) {
            next.retainAll(UNIT_STEPS);
            return next;
        }
        return EnumSet.noneOf(CaseStatus.class);
    }

    /** Only the integrity officer sees who filed a case. */
    public boolean seesContact(TenantMember viewer) {
        return handles(viewer);
    }

    /** The settings and categories: the tenant admin and the integrity officer. */
    public boolean keepsSettings(TenantMember viewer) {
        return viewer instanceof StaffPrincipal p && p.hasTenant()
                && (p.has(Role.TENANT_ADMIN) || p.has(Role.INTEGRITY_OFFICER));
    }
}

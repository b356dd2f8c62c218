package org.sujarit.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.sujarit.notification.DueItem;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/**
 * Who is reminded of what: an item addressed to a role reaches the tenant's active holders of that
 * role; an item with a unit reaches the active staff of that unit and of the units beneath it; any
 * other item reaches the tenant's active integrity officers. Only people with an e-mail address can
 * be reached.
 */
@Component
class Recipients {

    private final StaffUsers users;
    private final Units units;

    Recipients(StaffUsers users, Units units) {
        this.users = users;
        this.units = units;
    }

    /** A digest for each person concerned by at least one of the open items. */
    List<Digest> digests(List<DueItem> openItems) {
        Map<UUID, List<DueItem>> byTenant = new LinkedHashMap<>();
        openItems.forEach(item -> byTenant.computeIfAbsent(item.tenantId(), tenant -> new ArrayList<>()).add(item));
        List<Digest> digests = new ArrayList<>();
        byTenant.forEach((tenant, tenantItems) -> digests.addAll(digests(new TenantId(tenant), tenantItems)));
        return digests;
    }

    private List<Digest> digests(TenantId tenant, List<DueItem> items) {
        List<StaffUser> reachable = users.list(tenant).stream()
                .filter(user -> user.active() && user.email() != null && !user.email().isBlank())
                .toList();
        Map<Within, Boolean> within = new HashMap<>();
        List<Digest> digests = new ArrayList<>();
        for (StaffUser user : reachable) {
            List<DueItem> own = items.stream().filter(item -> concerns(tenant, item, user, within)).toList();
            if (!own.isEmpty()) {
                digests.add(new Digest(user, own));
            }
        }
        return digests;
    }

    private boolean concerns(TenantId tenant, DueItem item, StaffUser user, Map<Within, Boolean> within) {
        if (item.hiddenFromUnit() != null && user.unitId() != null && within.computeIfAbsent(
                new Within(user.unitId(), new UnitId(item.hiddenFromUnit())),
                pair -> units.isWithin(tenant, pair.unit(), pair.ancestor()))) {
            return false;
        }
        if (item.addressedTo() != null) {
            return user.roles().contains(item.addressedTo());
        }
        if (item.unitId() == null) {
            return user.roles().contains(Role.INTEGRITY_OFFICER);
        }
        if (user.unitId() == null) {
            return false;
        }
        return within.computeIfAbsent(new Within(user.unitId(), new UnitId(item.unitId())),
                pair -> units.isWithin(tenant, pair.unit(), pair.ancestor()));
    }

    private record Within(UnitId unit, UnitId ancestor) {
    }
}

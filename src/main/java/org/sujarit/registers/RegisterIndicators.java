package org.sujarit.registers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.IndicatorSource;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;

/**
 * What the registers publish, for oversight, never a person's record: whether the executive's No
 * Gift declaration of the year is signed (signed is published, ITA O21), and the share of the
 * active executives whose declaration of interests of the year the portal shows ({@link
 * InterestPublication}: only when the local government chose to publish them). The portal shows
 * the declarations of the current year only, so that share is given for the year of the day.
 */
@Component
class RegisterIndicators implements IndicatorSource {

    static final String NO_GIFT = "registers.no-gift-declared";
    static final String INTERESTS = "registers.executive-interests-published";

    private static final List<Indicator> INDICATORS = List.of(
            new Indicator(NO_GIFT, Kind.YES_NO, true, false, null, null, "/no-gift?year={year}"),
            new Indicator(INTERESTS, Kind.SHARE, true, false, null, null, "/interests"));

    /** Signing the declaration; declaring, publishing or withdrawing interests; an executive appointed, or leaving. */
    private static final List<String> AFFECTING = List.of("gift-policy-declaration.", "interest-declaration.",
            "interest-publication.", "user.");

    private final JdbcClient jdbc;
    private final InterestPublication publication;
    private final StaffUsers users;

    RegisterIndicators(JdbcClient jdbc, InterestPublication publication, StaffUsers users) {
        this.jdbc = jdbc;
        this.publication = publication;
        this.users = users;
    }

    @Override
    public String name() {
        return "registers";
    }

    @Override
    public List<Indicator> indicators() {
        return INDICATORS;
    }

    @Override
    public boolean affectedBy(String auditAction) {
        return AFFECTING.stream().anyMatch(auditAction::startsWith);
    }

    /** The No Gift declaration for the year of the day (a no when unsigned) and every year signed. */
    @Override
    public List<Value> compute(Collection<UUID> tenants, LocalDate today) {
        if (tenants.isEmpty()) {
            return List.of();
        }
        int current = FiscalYear.containing(today).buddhistYear();
        Map<UUID, Set<Integer>> signed = new HashMap<>();
        jdbc.sql("select tenant_id, fiscal_year from gift_policy_declaration where tenant_id = any(?) and fiscal_year <= ?")
                .params(tenants.toArray(UUID[]::new), current)
                .query((rs, n) -> signed.computeIfAbsent(rs.getObject("tenant_id", UUID.class), k -> new TreeSet<>())
                        .add(rs.getInt("fiscal_year")))
                .list();
        List<Value> values = new ArrayList<>();
        for (UUID tenant : tenants) {
            Set<Integer> years = new TreeSet<>(signed.getOrDefault(tenant, Set.of()));
            values.add(Value.yesNo(tenant, current, NO_GIFT, years.contains(current)));
            years.stream().filter(y -> y != current).forEach(y -> values.add(Value.yesNo(tenant, y, NO_GIFT, true)));
            TenantId id = new TenantId(tenant);
            Set<UUID> executives = new TreeSet<>(users.list(id).stream().filter(StaffUser::active)
                    .filter(u -> u.roles().contains(Role.EXECUTIVE)).map(StaffUser::id).toList());
            if (!executives.isEmpty()) {
                int shown = publication.executives(id, current).size();
                values.add(Value.share(tenant, current, INTERESTS, shown, executives.size()));
            }
        }
        return values;
    }
}

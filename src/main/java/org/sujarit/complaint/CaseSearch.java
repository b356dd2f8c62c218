package org.sujarit.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.UnitNode;
import org.sujarit.tenant.Units;

/** The case list of the staff dashboard: the cases a viewer may read, filtered, with counts by status. */
@Service
public class CaseSearch {

    private final CaseViews repository;
    private final Units units;

    CaseSearch(CaseViews repository, Units units) {
        this.repository = repository;
        this.units = units;
    }

    /**
     * What to look for; null or blank means any. {@code unitId} takes the unit and those beneath it;
     * {@code text} is looked for in the case number and the subject.
     */
    public record Criteria(Channel channel, CaseStatus status, UUID categoryId, UUID unitId, Priority priority,
                           boolean overdueOnly, Integer fiscalYear, String text) {

        public static final Criteria ANY = new Criteria(null, null, null, null, null, false, null, null);
    }

    /**
     * The cases found, latest first. The counts cover the cases that match everything but the
     * status and the overdue filter, so that they tell where the filtered cases stand.
     */
    public record Result(List<CaseView> cases, Map<CaseStatus, Integer> byStatus, int open, int overdue) {
    }

    @Transactional(readOnly = true)
    public Result search(TenantId tenant, CaseAccess.Scope scope, Criteria criteria, Instant now) {
        if (scope.none()) {
            return new Result(List.of(), new EnumMap<>(CaseStatus.class), 0, 0);
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.all()) {
            where.add("c.unit_id in (:scope)");
            params.put("scope", List.copyOf(scope.units()));
        }
        if (!scope.conflicted().isEmpty()) {
            where.add("not (c.channel in (:hiding) and c.involved_unit_id is not null and c.involved_unit_id in (:conflicted))");
            params.put("hiding", Channel.hidingFromInvolvedUnit());
            params.put("conflicted", List.copyOf(scope.conflicted()));
        }
        if (criteria.channel() != null) {
            where.add("c.channel = :channel");
            params.put("channel", criteria.channel().name());
        }
        if (criteria.categoryId() != null) {
            where.add("c.category_id = :category");
            params.put("category", criteria.categoryId());
        }
        if (criteria.unitId() != null) {
            where.add("c.unit_id in (:units)");
            params.put("units", unitAndBeneath(tenant, criteria.unitId()));
        }
        if (criteria.priority() != null) {
            where.add("c.priority = :priority");
            params.put("priority", criteria.priority().name());
        }
        if (criteria.fiscalYear() != null) {
            where.add("c.fiscal_year = :fiscalYear");
            params.put("fiscalYear", criteria.fiscalYear());
        }
        String text = criteria.text() == null || criteria.text().isBlank() ? null : criteria.text().strip();
        if (text != null) {
            // A corruption report's subject is sealed in the database: it is matched once opened, below.
            where.add("(c.number ilike :text or c.subject ilike :text or c.channel in (:sealing))");
            params.put("text", "%" + likeEscaped(text) + "%");
            params.put("sealing", Channel.sealingAtRest());
        }
        List<CaseView> matching = repository.list(tenant, where.isEmpty() ? null : String.join(" and ", where), params);
        if (text != null) {
            String lower = text.toLowerCase(Locale.ROOT);
            matching = matching.stream().filter(c -> c.number().toLowerCase(Locale.ROOT).contains(lower)
                    || c.subject() != null && c.subject().toLowerCase(Locale.ROOT).contains(lower)).toList();
        }
        Map<CaseStatus, Integer> byStatus = new EnumMap<>(CaseStatus.class);
        int open = 0;
        int overdue = 0;
        for (CaseView c : matching) {
            byStatus.merge(c.status(), 1, Integer::sum);
            open += c.status().handled() ? 0 : 1;
            overdue += c.overdue(now) ? 1 : 0;
        }
        List<CaseView> cases = matching.stream()
                .filter(c -> criteria.status() == null || c.status() == criteria.status())
                .filter(c -> !criteria.overdueOnly() || c.overdue(now))
                .toList();
        return new Result(cases, byStatus, open, overdue);
    }

    private List<UUID> unitAndBeneath(TenantId tenant, UUID unit) {
        List<UUID> ids = units.tree(tenant).stream()
                .filter(n -> n.unit().id().value().equals(unit) || n.ancestors().stream().anyMatch(a -> a.id().value().equals(unit)))
                .map(UnitNode::unit).map(u -> u.id().value()).toList();
        return ids.isEmpty() ? List.of(unit) : ids;
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The statuses in the order of the workflow, for counts and filters. */
    public static List<CaseStatus> statuses() {
        return List.of(CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED, CaseStatus.ACCEPTED, CaseStatus.ASSIGNED,
                CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.CLOSED, CaseStatus.NOT_ACCEPTED, CaseStatus.REFERRED);
    }
}

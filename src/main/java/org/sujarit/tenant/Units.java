package org.sujarit.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.UnitChanged.Change;

/** The unit tree of each local government. Every query is bound to one tenant. */
@Service
public class Units {

    private static final String SELECT = """
            select id, tenant_id, parent_id, kind, name_th, name_en, phone, email, position, active
            from unit""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Units(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The whole tree, depth first, siblings in their order; inactive units included. */
    @Transactional(readOnly = true)
    public List<UnitNode> tree(TenantId tenant) {
        return flatten(jdbc.sql(SELECT + " where tenant_id = ?").param(tenant.value()).query(Units::map).list());
    }

    @Transactional(readOnly = true)
    public List<UnitNode> activeTree(TenantId tenant) {
        return tree(tenant).stream().filter(node -> node.unit().active()).toList();
    }

    /** The active units by their path from the top of the tree: "สำนักปลัด/ฝ่ายปกครอง/งานนิติการ". */
    @Transactional(readOnly = true)
    public Map<String, UnitId> byPath(TenantId tenant) {
        Map<String, UnitId> paths = new LinkedHashMap<>();
        for (UnitNode node : activeTree(tenant)) {
            StringBuilder path = new StringBuilder();
            node.ancestors().forEach(ancestor -> path.append(ancestor.nameTh()).append('/'));
            paths.putIfAbsent(path.append(node.unit().nameTh()).toString(), node.unit().id());
        }
        return paths;
    }

    @Transactional(readOnly = true)
    public Optional<Unit> find(TenantId tenant, UnitId id) {
        return jdbc.sql(SELECT + " where tenant_id = ? and id = ?").params(tenant.value(), id.value())
                .query(Units::map).optional();
    }

    @Transactional
    public Unit create(TenantId tenant, UnitId parentId, UnitKind kind, UnitDetails details) {
        UnitKind parentKind = parentId == null ? null : activeUnit(tenant, parentId, "parentId").kind();
        if (!kind.mayBePlacedUnder(parentKind)) {
            throw new RuleViolation("kind", "unit.kind.misplaced");
        }
        UUID id;
        try {
            id = jdbc.sql("""
                    insert into unit (tenant_id, parent_id, kind, name_th, name_en, phone, email, position)
                    values (?, ?, ?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from unit
                                                   where tenant_id = ? and parent_id is not distinct from ?))
                    returning id""")
                    .params(tenant.value(), parentId == null ? null : parentId.value(), kind.name(),
                            details.nameTh().trim(), Organisations.blankToNull(details.nameEn()),
                            Organisations.blankToNull(details.phone()), Organisations.blankToNull(details.email()),
                            tenant.value(), parentId == null ? null : parentId.value())
                    .query(UUID.class).single();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("nameTh", "unit.name.taken");
        }
        events.publishEvent(new UnitChanged(tenant.value(), id, Change.CREATED));
        return find(tenant, new UnitId(id)).orElseThrow();
    }

    @Transactional
    public void edit(TenantId tenant, UnitId id, UnitDetails details) {
        unit(tenant, id);
        try {
            jdbc.sql("update unit set name_th = ?, name_en = ?, phone = ?, email = ? where tenant_id = ? and id = ?")
                    .params(details.nameTh().trim(), Organisations.blankToNull(details.nameEn()),
                            Organisations.blankToNull(details.phone()), Organisations.blankToNull(details.email()),
                            tenant.value(), id.value())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("nameTh", "unit.name.taken");
        }
        events.publishEvent(new UnitChanged(tenant.value(), id.value(), Change.EDITED));
    }

    @Transactional
    public void move(TenantId tenant, UnitId id, UnitId newParentId) {
        Unit unit = unit(tenant, id);
        UnitKind parentKind = null;
        if (newParentId != null) {
            parentKind = activeUnit(tenant, newParentId, "parentId").kind();
            if (isWithin(tenant, newParentId, id)) {
                throw new RuleViolation("parentId", "unit.move.cycle");
            }
        }
        if (!unit.kind().mayBePlacedUnder(parentKind)) {
            throw new RuleViolation("parentId", "unit.kind.misplaced");
        }
        try {
            jdbc.sql("update unit set parent_id = ? where tenant_id = ? and id = ?")
                    .params(newParentId == null ? null : newParentId.value(), tenant.value(), id.value()).update();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("parentId", "unit.name.taken");
        }
        events.publishEvent(new UnitChanged(tenant.value(), id.value(), Change.MOVED));
    }

    /** A unit closes only when nothing active stays under it. */
    @Transactional
    public void deactivate(TenantId tenant, UnitId id) {
        unit(tenant, id);
        boolean hasActiveChildren = jdbc.sql("select exists (select 1 from unit where tenant_id = ? and parent_id = ? and active)")
                .params(tenant.value(), id.value()).query(Boolean.class).single();
        if (hasActiveChildren) {
            throw new RuleViolation(null, "unit.deactivate.hasChildren");
        }
        jdbc.sql("update unit set active = false where tenant_id = ? and id = ?").params(tenant.value(), id.value()).update();
        events.publishEvent(new UnitChanged(tenant.value(), id.value(), Change.DEACTIVATED));
    }

    @Transactional
    public void reactivate(TenantId tenant, UnitId id) {
        Unit unit = unit(tenant, id);
        if (unit.parentId() != null) {
            activeUnit(tenant, unit.parentId(), null);
        }
        try {
            jdbc.sql("update unit set active = true where tenant_id = ? and id = ?").params(tenant.value(), id.value()).update();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation(null, "unit.name.taken");
        }
        events.publishEvent(new UnitChanged(tenant.value(), id.value(), Change.REACTIVATED));
    }

    /** Whether {@code candidate} is {@code ancestor} itself or lies somewhere beneath it. */
    @Transactional(readOnly = true)
    public boolean isWithin(TenantId tenant, UnitId candidate, UnitId ancestor) {
        return jdbc.sql("""
                with recursive up(id, parent_id) as (
                    select id, parent_id from unit where tenant_id = ? and id = ?
                    union all
                    select u.id, u.parent_id from unit u join up on u.id = up.parent_id where u.tenant_id = ?)
                select exists (select 1 from up where id = ?)""")
                .params(tenant.value(), candidate.value(), tenant.value(), ancestor.value())
                .query(Boolean.class).single();
    }

    private Unit unit(TenantId tenant, UnitId id) {
        return find(tenant, id).orElseThrow(() -> new UnitNotFound(id));
    }

    private Unit activeUnit(TenantId tenant, UnitId id, String field) {
        Unit unit = find(tenant, id).orElseThrow(() -> new RuleViolation(field, "unit.parent.unknown"));
        if (!unit.active()) {
            throw new RuleViolation(field, "unit.parent.inactive");
        }
        return unit;
    }

    private static List<UnitNode> flatten(List<Unit> units) {
        Map<UnitId, List<Unit>> children = new LinkedHashMap<>();
        units.stream()
                .sorted(Comparator.comparingInt(Unit::position).thenComparing(Unit::nameTh))
                .forEach(unit -> children.computeIfAbsent(unit.parentId(), key -> new ArrayList<>()).add(unit));
        List<UnitNode> out = new ArrayList<>(units.size());
        addChildren(children, null, 0, List.of(), out);
        return out;
    }

    private static void addChildren(Map<UnitId, List<Unit>> children, UnitId parent, int depth, List<Unit> path,
                                    List<UnitNode> out) {
        for (Unit unit : children.getOrDefault(parent, List.of())) {
            out.add(new UnitNode(unit, depth, path));
            List<Unit> childPath = new ArrayList<>(path);
            childPath.add(unit);
            addChildren(children, unit.id(), depth + 1, List.copyOf(childPath), out);
        }
    }

    private static Unit map(ResultSet rs, int row) throws SQLException {
        UUID parent = rs.getObject("parent_id", UUID.class);
        return new Unit(new UnitId(rs.getObject("id", UUID.class)), new TenantId(rs.getObject("tenant_id", UUID.class)),
                parent == null ? null : new UnitId(parent), UnitKind.valueOf(rs.getString("kind")),
                rs.getString("name_th"), rs.getString("name_en"), rs.getString("phone"), rs.getString("email"),
                rs.getInt("position"), rs.getBoolean("active"));
    }
}

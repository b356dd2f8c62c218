package org.sujarit.infrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The line a schema holds so that its tables can be distributed by {@code tenant_id} (Citus or a
 * similar engine; docs/deployment.md, "Beyond one database server"), read from PostgreSQL's catalog:
 * <ul>
 * <li>every table is a tenant's — it has a {@code tenant_id} that is never null — unless it is
 * listed as a <em>reference</em> table (small, read by every tenant, copied to every node) or a
 * <em>platform</em> table (no tenant's, keyed by something else, kept apart);</li>
 * <li>every primary key, unique constraint, unique index and exclusion constraint of a tenant's table
 * has {@code tenant_id} among its key columns (an engine can only enforce it inside one shard);</li>
 * <li>every foreign key between two tenants' tables pairs {@code tenant_id} with {@code tenant_id}
 * (parent and child then live in the same shard; a reference to a reference table is fine);</li>
 * <li>a listed table has no foreign key to a tenant's table (a copy on every node cannot check
 * rows that live on one), unless the key is itself listed with its reason; a platform table is
 * referenced only by platform tables;</li>
 * <li>every listed table and key exists, so the lists cannot go stale.</li>
 * </ul>
 * A violation names the table and the constraint or index, in words a failing test can print.
 *
 * @param reference           tables copied to every node, by name, with the reason
 * @param platform            tables of no tenant, by name, with the reason
 * @param referenceForeignKeys foreign keys from a listed table to a tenant's table that are known and
 *                            kept, by constraint name, with the reason and what distribution would need
 */
record TenantSchemaRule(Map<String, String> reference, Map<String, String> platform,
                        Map<String, String> referenceForeignKeys) {

    private static final String TABLES = """
            select c.relname as name, a.attnum is not null as has_tenant, coalesce(a.attnotnull, false) as tenant_not_null
            from pg_class c
            left join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and a.attnum > 0 and not a.attisdropped
            where c.relnamespace = (select oid from pg_namespace where nspname = :schema)
              and c.relkind in ('r', 'p') and not c.relispartition""";

    /** Unique indexes, whether a constraint owns them or not, and exclusion constraints; key columns only. */
    private static final String KEYS = """
            select t.relname as table_name,
                   coalesce(k.conname, i.relname) as name,
                   case k.contype when 'p' then 'primary key' when 'u' then 'unique constraint'
                                  when 'x' then 'exclusion constraint' else 'unique index' end as kind,
                   coalesce(pg_get_constraintdef(k.oid), pg_get_indexdef(x.indexrelid)) as definition,
                   exists (select 1 from pg_attribute a, generate_series(0, x.indnkeyatts - 1) k
                           where a.attrelid = t.oid and a.attname = 'tenant_id' and x.indkey[k] = a.attnum) as has_tenant
            from pg_index x
            join pg_class t on t.oid = x.indrelid
            join pg_class i on i.oid = x.indexrelid
            left join pg_constraint k on k.conindid = x.indexrelid and k.conrelid = t.oid and k.contype in ('p', 'u', 'x')
            where t.relnamespace = (select oid from pg_namespace where nspname = :schema)
              and (x.indisunique or k.contype = 'x')""";

    private static final String FOREIGN_KEYS = """
            select child.relname as child, k.conname as name, parent.relname as parent,
                   pg_get_constraintdef(k.oid) as definition,
                   exists (select 1 from generate_subscripts(k.conkey, 1) s
                           join pg_attribute ca on ca.attrelid = k.conrelid and ca.attnum = k.conkey[s]
                           join pg_attribute pa on pa.attrelid = k.confrelid and pa.attnum = k.confkey[s]
                           where ca.attname = 'tenant_id' and pa.attname = 'tenant_id') as pairs_tenant
            from pg_constraint k
            join pg_class child on child.oid = k.conrelid
            join pg_class parent on parent.oid = k.confrelid
            where k.contype = 'f' and child.relnamespace = (select oid from pg_namespace where nspname = :schema)
              and parent.relnamespace = child.relnamespace""";

    private record Table(String name, boolean hasTenant, boolean tenantNotNull) {
    }

    private record Key(String table, String name, String kind, String definition, boolean hasTenant) {
    }

    private record ForeignKey(String child, String name, String parent, String definition, boolean pairsTenant) {
    }

    /** What in the schema breaks the rule, one line each; empty when it holds. */
    List<String> violations(JdbcClient jdbc, String schema) {
        Map<String, Table> tables = new HashMap<>();
        jdbc.sql(TABLES).param("schema", schema)
                .query((rs, n) -> new Table(rs.getString("name"), rs.getBoolean("has_tenant"), rs.getBoolean("tenant_not_null")))
                .list().forEach(t -> tables.put(t.name(), t));
        List<Key> keys = jdbc.sql(KEYS).param("schema", schema)
                .query((rs, n) -> new Key(rs.getString("table_name"), rs.getString("name"), rs.getString("kind"),
                        rs.getString("definition"), rs.getBoolean("has_tenant")))
                .list();
        List<ForeignKey> foreignKeys = jdbc.sql(FOREIGN_KEYS).param("schema", schema)
                .query((rs, n) -> new ForeignKey(rs.getString("child"), rs.getString("name"), rs.getString("parent"),
                        rs.getString("definition"), rs.getBoolean("pairs_tenant")))
                .list();

        List<String> violations = new ArrayList<>();
        for (Table table : tables.values()) {
            if (listed(table.name())) {
                continue;
            }
            if (!table.hasTenant()) {
                violations.add(table.name() + ": has no tenant_id column and is listed neither as a reference nor as a platform table");
            } else if (!table.tenantNotNull()) {
                violations.add(table.name() + ": tenant_id may be null");
            }
        }
        for (Key key : keys) {
            if (tenants(key.table(), tables) && !key.hasTenant()) {
                violations.add(key.table() + ": " + key.kind() + " " + key.name() + " does not include tenant_id: "
                        + key.definition());
            }
        }
        Set<String> foreignKeyNames = new HashSet<>();
        for (ForeignKey fk : foreignKeys) {
            foreignKeyNames.add(fk.name());
            boolean childIsTenants = tenants(fk.child(), tables);
            boolean parentIsTenants = tenants(fk.parent(), tables);
            if (childIsTenants && parentIsTenants && !fk.pairsTenant()) {
                violations.add(fk.child() + ": foreign key " + fk.name() + " to " + fk.parent()
                        + " does not pair tenant_id with tenant_id: " + fk.definition());
            } else if (listed(fk.child()) && parentIsTenants && !referenceForeignKeys.containsKey(fk.name())) {
                violations.add(fk.child() + ": foreign key " + fk.name() + " from a listed table to the tenant's table "
                        + fk.parent() + ": " + fk.definition());
            } else if (platform.containsKey(fk.parent()) && !platform.containsKey(fk.child())) {
                violations.add(fk.child() + ": foreign key " + fk.name() + " to the platform table " + fk.parent()
                        + ": " + fk.definition());
            }
        }
        for (String name : reference.keySet()) {
            if (!tables.containsKey(name)) {
                violations.add(name + ": listed as a reference table but there is no such table");
            }
        }
        for (String name : platform.keySet()) {
            if (!tables.containsKey(name)) {
                violations.add(name + ": listed as a platform table but there is no such table");
            }
        }
        for (String name : referenceForeignKeys.keySet()) {
            if (!foreignKeyNames.contains(name)) {
                violations.add(name + ": listed as a kept foreign key but there is no such foreign key");
            }
        }
        violations.sort(null);
        return violations;
    }

    private boolean listed(String table) {
        return reference.containsKey(table) || platform.containsKey(table);
    }

    /** A tenant's table: unlisted, with its tenant_id (one without is reported as such, not once per key). */
    private boolean tenants(String table, Map<String, Table> tables) {
        Table found = tables.get(table);
        return found != null && found.hasTenant() && !listed(table);
    }
}

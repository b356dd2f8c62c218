package org.sujarit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.support.WebTest;

/**
 * Rows that belong to a parent are read and deleted through it: every foreign key that cascades a
 * delete has an index leading with its own column (after the tenant, when the key carries it), so
 * neither a case page nor a delete scans all tenants' rows. Without one, PostgreSQL reads the whole
 * child table each time — the missing index on complaint deadlines did that on every case page.
 */
@WebTest
class ForeignKeyIndexesTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyCascadingForeignKeyHasAnIndexLeadingWithItsColumn() {
        List<String> unindexed = jdbc.sql("""
                select c.conrelid::regclass || '.' || a.attname
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[cardinality(c.conkey)]
                where c.contype = 'f' and c.confdeltype = 'c'
                  and not exists (select 1 from pg_index i where i.indrelid = c.conrelid
                      and (i.indkey[0] = c.conkey[cardinality(c.conkey)]
                           or (i.indkey[0] = c.conkey[1] and i.indkey[1] = c.conkey[cardinality(c.conkey)])))
                order by 1""").query(String.class).list();

        assertThat(unindexed).isEmpty();
    }
}

package org.sujarit.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The dump the whistleblower tests search is a real pg_dump 17, and its search would find what is
 * there: text as typed, and bytes kept in a bytea column (which pg_dump writes in hex).
 */
class DatabaseDumpTest {

    @Test
    void aRealPgDumpHoldsTextAndByteaThatTheSearchFinds() throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(SharedTestDatabase.jdbcUrl("dump_check"));
        dataSource.setUser("postgres");
        byte[] photo = Photos.jpeg(23, 17);
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop table if exists kept; create table kept (name text, content bytea)");
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into kept values (?, ?)")) {
                insert.setString(1, "นางสาวสมศรี ใจกล้า");
                insert.setBytes(2, photo);
                insert.execute();
            }
        }

        DatabaseDump dump = DatabaseDump.of(dataSource);

        assertThat(dump.text()).contains("-- Dumped by pg_dump version 17.").contains("CREATE TABLE public.kept");
        assertThat(dump.holds("นางสาวสมศรี ใจกล้า")).isTrue();
        assertThat(dump.holds(Arrays.copyOfRange(photo, photo.length - 40, photo.length))).isTrue();
        assertThat(dump.holds("นางสาวสมศรี ใจดี")).isFalse();
        assertThat(dump.holds("not in it".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }
}

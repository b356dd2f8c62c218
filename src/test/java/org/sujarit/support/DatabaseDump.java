package org.sujarit.support;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

/**
 * Every table of the database as COPY writes it in binary: bytea as raw bytes, text as UTF-8 — what
 * a dump or a backup holds. pg_dump would do the same, but no pg_dump of the server's major version
 * (17) is on the machine (Debian 12 ships 15, which refuses a newer server).
 */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    public static byte[] everyTable(DataSource dataSource) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Connection connection = dataSource.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (String table : tables(connection)) {
                pg.getCopyAPI().copyOut("copy " + table + " to stdout (format binary)", out);
            }
        }
        return out.toByteArray();
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                     where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    public static boolean contains(byte[] hay, byte[] needle) {
        return indexOf(hay, needle) >= 0;
    }

    public static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

package com.logicheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.DependsOnMachine;
import com.logicheck.suites.PostgresDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 (V20): on PostgreSQL, which indexes no foreign key by itself, every foreign-key column has an index that
 * starts with it (a delete of a person, place or template would otherwise scan each referencing table), and the
 * uniqueness two hub processes rely on is there under its name.
 */
@DatabaseTest
@DependsOnMachine
class ForeignKeyIndexPostgresIT {
    @Test
    void everyForeignKeyColumnHasAnIndexAndTheHubsKeysAreNamed() throws SQLException {
        String url = PostgresDatabases.freshUrl();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            List<String> unindexed = column(s, "SELECT c.conrelid::regclass || '.' || a.attname FROM pg_constraint c"
                    + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
                    + " WHERE c.contype = 'f' AND NOT EXISTS (SELECT 1 FROM pg_index i"
                    + " WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1]) ORDER BY 1");
            assertThat(unindexed).as("foreign-key columns without an index").isEmpty();
            List<String> keys = column(s, "SELECT conname FROM pg_constraint WHERE contype = 'u' AND conname IN"
                    + " ('sync_record_file_unique', 'reference_conflict_row_unique', 'inspection_sheet_number_unique')"
                    + " ORDER BY 1");
            assertThat(keys).containsExactly("inspection_sheet_number_unique", "reference_conflict_row_unique",
                    "sync_record_file_unique");
            assertThat(column(s, "SELECT count(*) FROM pg_constraint WHERE contype = 'f'")).singleElement()
                    .satisfies(n -> assertThat(Integer.parseInt(n)).isGreaterThan(60));
        }
    }

    private static List<String> column(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}

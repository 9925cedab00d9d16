package com.logicheck.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loading millions of rows into B-tree indexes keyed by random UUIDs rewrites nearly every index page on every
 * commit; building an index over loaded rows sorts them instead. So for the bulk load the secondary indexes and
 * key constraints of the two big tables (item_result, change_log) are dropped and afterwards recreated from
 * H2's own {@code SCRIPT NODATA} statements, i.e. with the same names and definitions. {@link #restore} then
 * checks that the schema script and the index columns are exactly what they were before.
 */
final class DeferredIndexes {
    private static final String TABLES = "(ITEM_RESULT|CHANGE_LOG)";
    private static final Pattern CONSTRAINT = Pattern.compile("^ALTER TABLE \"PUBLIC\"\\.\"" + TABLES
            + "\" ADD CONSTRAINT \"PUBLIC\"\\.\"([^\"]+)\" (PRIMARY KEY|UNIQUE|FOREIGN KEY)");
    private static final Pattern INDEX = Pattern.compile("^CREATE (?:UNIQUE )?INDEX \"PUBLIC\"\\.\"([^\"]+)\" ON \"PUBLIC\"\\.\""
            + TABLES + "\"");

    private final List<String> schemaBefore;
    private final List<String> indexesBefore;
    private final List<String> recreate = new ArrayList<>();

    private DeferredIndexes(List<String> schemaBefore, List<String> indexesBefore) {
        this.schemaBefore = schemaBefore;
        this.indexesBefore = indexesBefore;
    }

    /** Drops them; returns what {@link #restore} needs. */
    static DeferredIndexes drop(Connection c) throws SQLException {
        DeferredIndexes d = new DeferredIndexes(schema(c), indexes(c));
        List<String> dropForeign = new ArrayList<>();
        List<String> dropKeys = new ArrayList<>();
        List<String> dropIndexes = new ArrayList<>();
        for (String statement : d.schemaBefore) {
            Matcher m = CONSTRAINT.matcher(statement);
            Matcher i = INDEX.matcher(statement);
            if (m.find()) {
                // change_log's BIGINT primary key is the table's row key itself: nothing to gain, keep it
                if (m.group(1).equals("CHANGE_LOG") && m.group(3).equals("PRIMARY KEY")) {
                    continue;
                }
                String drop = "ALTER TABLE \"PUBLIC\".\"" + m.group(1) + "\" DROP CONSTRAINT \"PUBLIC\".\"" + m.group(2) + "\"";
                (m.group(3).equals("FOREIGN KEY") ? dropForeign : dropKeys).add(drop);
                d.recreate.add(statement);
            } else if (i.find()) {
                dropIndexes.add("DROP INDEX \"PUBLIC\".\"" + i.group(1) + "\"");
                d.recreate.add(statement);
            }
        }
        execute(c, dropForeign);
        execute(c, dropKeys);
        execute(c, dropIndexes);
        return d;
    }

    /**
     * Recreates them in the order H2 scripted them and fails unless the schema is back to what it was. (One
     * connection: H2 serialises DDL on its system table, so two tables cannot be indexed in parallel.)
     */
    void restore(Path dataDir) throws SQLException {
        try (Connection c = BenchDatabase.connect(dataDir)) {
            execute(c, recreate);
            check(c);
        }
    }

    private void check(Connection c) throws SQLException {
        List<String> schemaAfter = schema(c);
        List<String> indexesAfter = indexes(c);
        if (!schemaAfter.equals(schemaBefore) || !indexesAfter.equals(indexesBefore)) {
            List<String> diff = new ArrayList<>(schemaAfter);
            diff.addAll(indexesAfter);
            diff.removeAll(schemaBefore);
            diff.removeAll(indexesBefore);
            throw new IllegalStateException("schema differs after recreating the deferred indexes: " + diff);
        }
    }

    int count() {
        return recreate.size();
    }

    private static void execute(Connection c, List<String> statements) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    /** The DDL of the database without data, row counts, column statistics and identity counters. */
    private static List<String> schema(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SCRIPT NODATA")) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!line.startsWith("--")) {
                    // statistics and identity counters move with the data; the definitions must not
                    lines.add(line.replaceAll(" SELECTIVITY \\d+", "").replaceAll(" RESTART WITH \\d+", ""));
                }
            }
        }
        return lines;
    }

    /** Every index as table, kind and columns (names of indexes H2 makes for constraints are left out). */
    private static List<String> indexes(Connection c) throws SQLException {
        List<String> list = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT i.TABLE_NAME, i.INDEX_TYPE_NAME, LISTAGG(ic.COLUMN_NAME || ' ' || ic.ORDERING_SPECIFICATION, ',') "
                        + "WITHIN GROUP (ORDER BY ic.ORDINAL_POSITION) FROM INFORMATION_SCHEMA.INDEXES i "
                        + "JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic ON ic.INDEX_SCHEMA = i.INDEX_SCHEMA "
                        + "AND ic.INDEX_NAME = i.INDEX_NAME AND ic.TABLE_NAME = i.TABLE_NAME "
                        + "WHERE i.TABLE_SCHEMA = 'PUBLIC' GROUP BY i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME "
                        + "ORDER BY 1, 3, 2")) {
            while (rs.next()) {
                list.add(rs.getString(1) + " " + rs.getString(2) + " (" + rs.getString(3) + ")");
            }
        }
        return list;
    }
}

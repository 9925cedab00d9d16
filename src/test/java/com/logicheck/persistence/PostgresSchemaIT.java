package com.logicheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.LocalFault;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.DependsOnMachine;
import com.logicheck.suites.PostgresDatabases;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 0038: the migrations create the same schema on PostgreSQL as on H2 — every table with the same columns, names
 * compared as both engines fold them — and a PostgreSQL database is at the version a laptop's file gets.
 */
@DatabaseTest
@DependsOnMachine
class PostgresSchemaIT {
    @TempDir
    Path dir;

    @Test
    void theMigrationsBuildTheSameTablesAndColumnsOnBothEngines() {
        Set<String> h2;
        try (Database db = Database.open(dir.resolve("db").resolve("logicheck"))) {
            assertThat(db.engine()).isEqualTo(Engine.H2);
            h2 = columns(db);
        }
        try (Database db = PostgresDatabases.fresh()) {
            assertThat(db.engine()).isEqualTo(Engine.POSTGRES);
            assertThat(db.schemaVersion()).isEqualTo(Database.latestSchemaVersion());
            assertThat(columns(db)).isEqualTo(h2).hasSizeGreaterThan(300);
        }
    }

    @Test
    void theEngineComesFromTheUrlAndAnyOtherIsRefused() {
        assertThat(Engine.of("jdbc:h2:file:/tmp/x")).isEqualTo(Engine.H2);
        assertThat(Engine.of("jdbc:postgresql://hub/logicheck")).isEqualTo(Engine.POSTGRES);
        assertThat(Engine.redacted("jdbc:postgresql://hub/lc?user=a&password=secret")).doesNotContain("secret");
        assertThatThrownBy(() -> Engine.of("jdbc:mysql://hub/lc?password=secret")).isInstanceOf(LocalFault.class)
                .satisfies(e -> assertThat(((LocalFault) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.key()).isEqualTo("problem.database.engine");
                    assertThat(p.args()).containsExactly("jdbc:mysql://hub/lc?password=***");
                }));
        assertThatThrownBy(() -> Database.openServer("jdbc:h2:mem:x", "sa", "")).isInstanceOf(LocalFault.class);
    }

    private static Set<String> columns(Database db) {
        Set<String> out = new TreeSet<>();
        for (Table<?> t : db.dsl().meta().getTables()) {
            String schema = t.getSchema() == null ? "" : t.getSchema().getName();
            if (schema.equalsIgnoreCase("public") && !t.getName().equalsIgnoreCase("flyway_schema_history")) {
                for (var f : t.fields()) {
                    out.add((t.getName() + "." + f.getName()).toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}

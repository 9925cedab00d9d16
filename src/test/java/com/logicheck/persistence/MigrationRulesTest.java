package com.logicheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.suites.DatabaseTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 item 6: migrations that cannot trap users. A released migration (listed with its checksum in
 * {@code migrations/released.txt}) never changes, and a new one is numbered above every released one: Flyway
 * validates strictly, so either mistake would make every existing database fail to open.
 */
@DatabaseTest
class MigrationRulesTest {
    private static final Map<MigrationVersion, String> RELEASED = new LinkedHashMap<>();
    private static final Map<MigrationVersion, MigrationInfo> IN_DB_FOLDER = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = MigrationRulesTest.class.getResourceAsStream("/migrations/released.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.trim().split(" ");
                    RELEASED.put(MigrationVersion.fromVersion(f[0]), f[1] + " " + f[2]);
                }
            }
        }
        MigrationInfo[] all = Flyway.configure().dataSource("jdbc:h2:mem:", "sa", "")
                .locations("filesystem:db/migration", "filesystem:db/h2").load().info().all();
        Arrays.stream(all).forEach(m -> IN_DB_FOLDER.put(m.getVersion(), m));
    }

    @Test
    void releasedMigrationsAreUnchanged() {
        assertThat(RELEASED).isNotEmpty();
        RELEASED.forEach((version, sumAndScript) -> {
            MigrationInfo file = IN_DB_FOLDER.get(version);
            assertThat(file).as("released migration V%s is still in db/migration (or db/h2)", version).isNotNull();
            assertThat(file.getChecksum() + " " + file.getScript())
                    .as("V%s was released: never edit it, add a new migration instead", version).isEqualTo(sumAndScript);
        });
    }

    @Test
    void newMigrationsAreNumberedAboveEveryReleasedOne() {
        MigrationVersion highest = RELEASED.keySet().stream().max(MigrationVersion::compareTo).orElseThrow();
        assertThat(IN_DB_FOLDER.keySet()).filteredOn(v -> !RELEASED.containsKey(v))
                .as("a new migration below V%s would never run on a database that has it (Flyway refuses it)", highest)
                .allSatisfy(v -> assertThat(v).isGreaterThan(highest));
    }

    /**
     * ADR 0038: PostgreSQL runs the same versions as H2 — db/migration plus its own copy of each file of db/h2 — and
     * only its own type declarations (V0.x) besides; a file in db/h2 without a PostgreSQL twin would leave the hub
     * a version short.
     */
    @Test
    void postgresqlHasTheSameVersionsAsH2() {
        Set<MigrationVersion> postgres = new TreeSet<>();
        Arrays.stream(Flyway.configure().dataSource("jdbc:h2:mem:", "sa", "")
                        .locations("filesystem:db/migration", "filesystem:db/postgresql").load().info().all())
                .map(MigrationInfo::getVersion).filter(v -> v.compareTo(MigrationVersion.fromVersion("1")) >= 0)
                .forEach(postgres::add);
        assertThat(postgres).containsExactlyElementsOf(new TreeSet<>(IN_DB_FOLDER.keySet()));
    }

    @Test
    void theAppReadsTheSameMigrationsAsTheDbFolder() {
        Map<MigrationVersion, Integer> files = new LinkedHashMap<>();
        IN_DB_FOLDER.forEach((v, m) -> files.put(v, m.getChecksum()));
        assertThat(MigrationHistory.resolved()).isEqualTo(files);
    }
}

package com.logicheck.persistence;

import com.logicheck.domain.Problem;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.api.ErrorCode;

/**
 * A database's migration history (Flyway's {@code flyway_schema_history}) compared with the migrations of this
 * build, read before anything is written (ADR 0029): a database of a newer LogiCheck, and a history that does not
 * match this build's files (a migration the build lacks, one whose content changed, one numbered below what was
 * applied), are each told as exactly that, with the versions. The laptop's file is H2, so its migrations are H2's.
 */
final class MigrationHistory {
    private static volatile Map<MigrationVersion, Integer> resolved;

    private MigrationHistory() {
    }

    /** One applied row: its version, checksum and whether it succeeded. */
    record Applied(MigrationVersion version, Integer checksum, boolean success) {
    }

    /** The migrations of this build, by version, with their checksums (read once). */
    static Map<MigrationVersion, Integer> resolved() {
        Map<MigrationVersion, Integer> r = resolved;
        if (r == null) {
            MigrationInfo[] all = Flyway.configure().dataSource("jdbc:h2:mem:", "sa", "").locations(Engine.H2.migrations())
                    .load().info().all();
            Map<MigrationVersion, Integer> m = new LinkedHashMap<>();
            Arrays.stream(all).filter(i -> i.getVersion() != null).forEach(i -> m.put(i.getVersion(), i.getChecksum()));
            resolved = r = Map.copyOf(m);
        }
        return r;
    }

    static MigrationVersion latest() {
        return resolved().keySet().stream().max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
    }

    static List<Applied> read(Connection c) throws SQLException {
        List<Applied> applied = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT \"version\", \"checksum\", "
                + "\"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                int checksum = rs.getInt(2);
                applied.add(new Applied(MigrationVersion.fromVersion(rs.getString(1)), rs.wasNull() ? null : checksum,
                        rs.getBoolean(3)));
            }
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                    && e.getErrorCode() != ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1
                    && e.getErrorCode() != ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2) {
                throw e;
            }
        }
        return applied;
    }

    /**
     * Why this build cannot migrate a database with the {@code applied} history: {@code problem.database.migrate}
     * (a newer LogiCheck's) or {@code problem.database.migrationMismatch} with each difference; empty when it can.
     */
    static Optional<Problem> mismatch(List<Applied> applied, Map<MigrationVersion, Integer> ours, String folder) {
        if (applied.isEmpty()) {
            return Optional.empty();
        }
        MigrationVersion highest = applied.stream().map(Applied::version).max(MigrationVersion::compareTo).orElseThrow();
        MigrationVersion latest = ours.keySet().stream().max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
        if (highest.compareTo(latest) > 0) {
            return Optional.of(Problem.of("problem.database.migrate", folder, name(highest), name(latest)));
        }
        List<Problem> differences = new ArrayList<>();
        for (Applied a : applied) {
            if (!a.success()) {
                differences.add(Problem.of("migration.failed", name(a.version())));
            } else if (!ours.containsKey(a.version())) {
                differences.add(Problem.of("migration.onlyInDatabase", name(a.version())));
            } else if (!Objects.equals(ours.get(a.version()), a.checksum())) {
                differences.add(Problem.of("migration.changed", name(a.version())));
            }
        }
        List<MigrationVersion> done = applied.stream().map(Applied::version).toList();
        ours.keySet().stream().sorted().filter(v -> !done.contains(v) && v.compareTo(highest) < 0)
                .forEach(v -> differences.add(Problem.of("migration.belowApplied", name(v), name(highest))));
        return differences.isEmpty() ? Optional.empty()
                : Optional.of(Problem.of("problem.database.migrationMismatch", folder, differences));
    }

    private static String name(MigrationVersion v) {
        return "V" + v.getVersion();
    }
}

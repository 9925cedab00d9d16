package com.logicheck.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import com.logicheck.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.api.ErrorCode;

/**
 * 数据库守护记录: what the database must at least contain, kept outside it in {@code db/logicheck.guard.json}
 * (ADR 0029). The high-water mark of the append-only change history and the counts of rows that are never deleted
 * only grow; a file that shows less than the record went back in time or lost its content (cut off, replaced by an
 * older copy) and is refused before anything writes to it. The record is written atomically (temp file, fsync,
 * move) after the database has synced what it claims.
 */
public final class DatabaseGuard {
    /** The record beside {@code logicheck.mv.db}. */
    public static final String SUFFIX = ".guard.json";
    private static final ObjectMapper JSON = Json.plain();
    /** What only grows: its name in the record, its label, the SQL that reads it (a missing table counts 0). */
    private record Measure(String name, String label, String sql) {
    }

    private static final List<Measure> MEASURES = List.of(
            new Measure("changes", "guard.measure.changes", "SELECT COALESCE(MAX(seq), 0) FROM change_log"),
            new Measure("migrations", "guard.measure.migrations",
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\""),
            new Measure("signedSheets", "guard.measure.signedSheets",
                    "SELECT COUNT(*) FROM inspection WHERE status IN ('SIGNED', 'SUPERSEDED')"),
            new Measure("inspections", "guard.measure.inspections", "SELECT COUNT(*) FROM inspection"),
            new Measure("people", "guard.measure.people", "SELECT COUNT(*) FROM person"),
            new Measure("trustedCertificates", "guard.measure.trustedCertificates",
                    "SELECT COUNT(*) FROM trusted_certificate"),
            new Measure("orders", "guard.measure.orders", "SELECT COUNT(*) FROM rectification_order"),
            new Measure("closedMonths", "guard.measure.closedMonths", "SELECT COUNT(*) FROM assessment_month"));
    private final Path record;
    private final Path databaseFile;

    /** {@code databaseFile}: the database's name as H2 is given it (without {@code .mv.db}). */
    public DatabaseGuard(Path databaseFile) {
        this.record = databaseFile.resolveSibling(databaseFile.getFileName() + SUFFIX);
        this.databaseFile = databaseFile.resolveSibling(databaseFile.getFileName() + ".mv.db");
    }

    /** What the database holds now: the change history's last sequence number and the counts that only grow. */
    public record Contents(Map<String, Long> values) {
        public Contents {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        public long get(String name) {
            return values.getOrDefault(name, 0L);
        }
    }

    /** The record: the contents last seen, the file's size at the last clean close (-1 while open). */
    public record Record(int format, Map<String, Long> values, long sizeAtClose, boolean closedCleanly) {
        Contents contents() {
            return new Contents(values == null ? Map.of() : values);
        }
    }

    /** Reads the contents on any connection (read-only is enough); a damaged file fails here with H2's error. */
    public static Contents read(Connection c) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (Measure m : MEASURES) {
                values.put(m.name(), count(s, m.sql()));
            }
        }
        return new Contents(values);
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                    || e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1
                    || e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2) {
                return 0;   // a database from before the migration that creates it
            }
            throw e;
        }
    }

    /** The record, if there is one; an unreadable record counts as none (it is written whole or not at all). */
    public Optional<Record> recorded() {
        if (!Files.exists(record)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(record.toFile(), Record.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the record says the database had content, i.e. a missing or empty file means lost data. */
    public boolean expectsContent() {
        return recorded().map(r -> r.contents().get("migrations") > 0).orElse(false);
    }

    /**
     * What {@code now} lacks compared to the record, as problems to show ({@code guard.less}: what, before, now);
     * empty when it holds at least as much.
     */
    public List<Problem> losses(Contents now) {
        List<Problem> less = new ArrayList<>();
        recorded().ifPresent(r -> {
            Contents before = r.contents();
            for (Measure m : MEASURES) {
                if (now.get(m.name()) < before.get(m.name())) {
                    less.add(Problem.of("guard.less", Problem.of(m.label()), String.valueOf(before.get(m.name())),
                            String.valueOf(now.get(m.name()))));
                }
            }
        });
        return less;
    }

    /** Writes the record: {@code contents} must already be on disk (the caller synced the database first). */
    public void write(Contents contents, boolean closedCleanly) {
        try {
            long size = closedCleanly && Files.exists(databaseFile) ? Files.size(databaseFile) : -1;
            byte[] bytes = JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(new Record(1, contents.values(), size, closedCleanly));
            AtomicFile.write(record, AtomicFile.Readers.PRIVATE, out -> out.write(bytes));
        } catch (IOException e) {
            // the record only ever lags behind the database: the next close, backup or timer writes it again
        }
    }
}

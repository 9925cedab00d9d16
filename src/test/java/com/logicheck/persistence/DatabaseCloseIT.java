package com.logicheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.suites.DatabaseTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing the database (ADR 0026): a clean shutdown that leaves H2's trace file empty (surefire runs with
 * assertions on, so H2's in-place compaction tripping its own assertions would show there), and a file grown by
 * many small commits rewritten to its live size, plain and encrypted, with every row still there.
 */
@DatabaseTest
class DatabaseCloseIT {
    @TempDir
    Path dir;

    @Test
    void closingShutsDownWithoutWritingExceptionsToTheTraceFile() {
        Path file = dir.resolve("logicheck");
        try (Database db = Database.open(file)) {
            db.dsl().execute("CREATE TABLE probe(x INT)");
            db.dsl().execute("INSERT INTO probe VALUES (7)");
        }
        assertThat(trace(dir)).isEmpty();
        try (Database db = Database.open(file)) {
            assertThat(db.dsl().fetchValue("SELECT x FROM probe")).isEqualTo(7);
        }
        assertThat(trace(dir)).isEmpty();
    }

    @Test
    void aFileGrownByManySmallCommitsIsRewrittenToItsLiveSizeOnClosing() throws IOException {
        Path file = dir.resolve("logicheck");
        Path mv = dir.resolve("logicheck.mv.db");
        try (Database db = Database.open(file)) {
            grow(db);
            assertThat(Files.size(mv)).isGreaterThan(StoreCompaction.MIN_BYTES);
        }
        assertThat(Files.size(mv)).isLessThan(StoreCompaction.MIN_BYTES / 4);
        assertThat(trace(dir)).isEmpty();
        try (Database db = Database.open(file)) {
            assertRowsThere(db);
        }
    }

    @Test
    void anEncryptedFileIsRewrittenEncrypted() throws IOException {
        DataDirectory data = new DataDirectory(dir.resolve("data")).prepare();
        Database.open(data.databaseFile()).close();
        DatabaseKey key = DatabaseKey.of("Zhang-Wei-2026!".toCharArray());
        new DatabaseEncryption(data).encrypt(key);
        Path mv = data.databaseFile().resolveSibling(data.databaseFile().getFileName() + ".mv.db");
        try (Database db = Database.open(data.databaseFile(), DatabaseKey.of("Zhang-Wei-2026!".toCharArray()))) {
            grow(db);
            assertThat(Files.size(mv)).isGreaterThan(StoreCompaction.MIN_BYTES);
        }
        assertThat(Files.size(mv)).isLessThan(StoreCompaction.MIN_BYTES / 4);
        assertThat(new String(Files.readAllBytes(mv), StandardCharsets.ISO_8859_1))
                .doesNotContain("东院区心内科病区");
        assertThatThrownBy(() -> Database.open(data.databaseFile())).isInstanceOf(DomainException.class);
        try (Database db = Database.open(data.databaseFile(), DatabaseKey.of("Zhang-Wei-2026!".toCharArray()))) {
            assertRowsThere(db);
        }
    }

    /** 1,500 one-row commits, each written through: the file grows by kilobytes per commit. */
    private static void grow(Database db) {
        db.dsl().execute("CREATE TABLE probe(id INT PRIMARY KEY, note VARCHAR(200))");
        for (int i = 0; i < 1500; i++) {
            db.dsl().execute("MERGE INTO probe KEY(id) VALUES (?, ?)", i % 300, "东院区心内科病区 第 " + i + " 次");
        }
    }

    private static void assertRowsThere(Database db) {
        assertThat(db.dsl().fetchValue("SELECT COUNT(*) FROM probe")).isEqualTo(300L);
        assertThat(db.dsl().fetchValue("SELECT note FROM probe WHERE id = 299")).isEqualTo("东院区心内科病区 第 1499 次");
    }

    private static String trace(Path folder) {
        try (var files = Files.list(folder)) {
            StringBuilder all = new StringBuilder();
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".trace.db")).toList()) {
                all.append(Files.readString(p));
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

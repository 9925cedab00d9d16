package com.logicheck.suites;

import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * 预迁移模板库: a database migrated once per test JVM and copied into each new test data folder, so the tests that
 * only need "a fresh data folder" do not run every Flyway migration again (ADR 0035). The copy is the database
 * folder exactly as the first open and clean close leave it — file, guard record (ADR 0029) and whatever else that
 * close writes — so the guard, the open check and encryption see an ordinary closed database. Nothing but the schema
 * is in it: the device id, the built-in templates and everything dated are written by {@code AppContext} when the test
 * opens its copy, with the test's clock. Tests of creating, migrating, guarding or encrypting a database do not use it.
 */
public final class MigratedTemplate {
    private static Path template;

    private MigratedTemplate() {
    }

    /**
     * {@code dataDir}, with the migrated template copied into its {@code db/} when that holds nothing yet (a folder
     * with a database, a guard record or an encryption marker is left as it is); for {@code AppContext.open(...)}.
     */
    public static Path into(Path dataDir) {
        Path db = new DataDirectory(dataDir).databaseFile().getParent();
        try {
            if (Files.isDirectory(db) && !isEmpty(db)) {
                return dataDir;
            }
            Files.createDirectories(db);
            for (Path file : files(template())) {
                Files.copy(file, db.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
            return dataDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template's {@code db/} folder: migrated and closed on first use, removed when the JVM exits. */
    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path root = Files.createTempDirectory("logicheck-template");
            Path databaseFile = new DataDirectory(root).databaseFile();
            Files.createDirectories(databaseFile.getParent());
            Database.open(databaseFile).close();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
            template = databaseFile.getParent();
        }
        return template;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder: the OS clears it
        }
    }
}

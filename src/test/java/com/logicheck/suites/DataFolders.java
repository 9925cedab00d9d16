package com.logicheck.suites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Copies a closed data folder that a test class or test JVM built once into each test's own folder (ADR 0035), so a
 * test that needs a folder with content — signed sheets, demo days — does not build that content again. Everything is
 * copied byte for byte (database, guard record, keys, signed PDFs, photos, backups) except the single-instance lock
 * file, which belongs to whoever opens the folder.
 */
public final class DataFolders {
    private DataFolders() {
    }

    /** {@code to}, holding a copy of everything in the closed data folder {@code from}. */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path file : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals(".lock")) {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.logicheck.persistence;

import com.logicheck.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * When closing the database rewrites it into a fresh file ({@code SHUTDOWN COMPACT}, ADR 0026). Every commit is
 * written through at once (ADR 0003), so H2 writes a small chunk per commit and, without its in-place compaction
 * (switched off: H2 issue 4247), the file grows by some kilobytes per edit. The copy-compaction writes only the live
 * data to a temporary file and swaps it in atomically, so a process killed meanwhile leaves the old file whole.
 * It runs when the file has doubled since the last one, between {@link #MIN_BYTES} (small folders are not worth
 * it) and {@link #MAX_BYTES} (a rewrite then takes longer than anyone waits for a window to go away: about
 * 35 s for the benchmark's 2.4 GB file). The size after the last rewrite is kept beside the database.
 */
public final class StoreCompaction {
    public static final long MIN_BYTES = 16L * 1024 * 1024;
    public static final long MAX_BYTES = 512L * 1024 * 1024;
    private final Path databaseFile;
    private final Path marker;

    /** {@code databaseFile}: the database's name as H2 is given it (without {@code .mv.db}). */
    public StoreCompaction(Path databaseFile) {
        this.databaseFile = databaseFile.resolveSibling(databaseFile.getFileName() + ".mv.db");
        this.marker = databaseFile.resolveSibling(databaseFile.getFileName() + ".compacted");
    }

    /** Whether a file of {@code size} bytes, last rewritten at {@code last} bytes, is rewritten on closing. */
    public static boolean due(long size, OptionalLong last) {
        return size >= MIN_BYTES && size <= MAX_BYTES && size > 2 * last.orElse(0);
    }

    /** Whether the database file is due now. */
    public boolean due() {
        try {
            return due(Files.size(databaseFile), last());
        } catch (IOException e) {
            return false;
        }
    }

    /** Remembers the file's size after a rewrite; a failure to write it only makes the next close try again. */
    public void rewritten() {
        try {
            byte[] size = Long.toString(Files.size(databaseFile)).getBytes(StandardCharsets.US_ASCII);
            AtomicFile.write(marker, AtomicFile.Readers.PRIVATE, out -> out.write(size));
        } catch (IOException ignored) {
            // the next close finds no marker and compacts once more
        }
    }

    private OptionalLong last() {
        try {
            return Files.isRegularFile(marker)
                    ? OptionalLong.of(Long.parseLong(Files.readString(marker, StandardCharsets.US_ASCII).trim()))
                    : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}

package com.logicheck.files;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells a full disk (磁盘空间不足) apart from other write failures, so the user is told to free space rather than
 * shown an operating-system error text. Recognises the messages of Linux/macOS (ENOSPC), Windows and H2.
 */
public final class DiskSpace {
    /** Below this many free bytes a failed write is taken to be a full disk. */
    static final long NEARLY_FULL = 1024 * 1024;

    private DiskSpace() {
    }

    /** True when {@code failure} or one of its causes says the disk is full. */
    public static boolean isFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null) {
                String lower = m.toLowerCase(Locale.ROOT);
                if (lower.contains("no space left") || lower.contains("not enough space")
                        || lower.contains("disk full") || lower.contains("enospc")
                        || lower.contains("磁盘空间不足")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code failure} says so, or when the disk holding {@code where} has (almost) no room left. */
    public static boolean isFull(Throwable failure, Path where) {
        if (isFull(failure)) {
            return true;
        }
        return where != null && freeBytes(where) < NEARLY_FULL;
    }

    /** Free bytes on the disk holding {@code where} (its nearest existing parent), or Long.MAX_VALUE if unknown. */
    public static long freeBytes(Path where) {
        Path p = where.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null) {
            return Long.MAX_VALUE;
        }
        try {
            FileStore store = Files.getFileStore(p);
            return store.getUsableSpace();
        } catch (IOException | SecurityException e) {
            return Long.MAX_VALUE;
        }
    }
}

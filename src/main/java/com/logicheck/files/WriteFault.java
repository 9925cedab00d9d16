package com.logicheck.files;

import com.logicheck.domain.LocalFault;
import com.logicheck.domain.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A file that could not be written, said in the user's terms: the disk is full, the folder cannot be written, or
 * the system's reason. Whatever the cause, no partial file was left and an older file of that name is unchanged.
 */
public final class WriteFault extends LocalFault {
    private static final long serialVersionUID = 1L;

    /** Why a write failed; {@code file.fault.<KIND>} names it in a summary line. */
    public enum Kind {
        DISK_FULL, NOT_WRITABLE, OTHER
    }

    private final Kind kind;

    private WriteFault(Kind kind, Problem problem) {
        super(problem);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The fault of writing {@code target}. */
    public static WriteFault of(IOException failure, Path target) {
        String file = target.toString();
        Path blocking = fileInTheWay(target.toAbsolutePath().getParent());
        if (blocking != null) {
            return new WriteFault(Kind.OTHER, Problem.of("problem.file.notAFolder", file, blocking.toString()));
        }
        Kind kind = kindOf(failure, target.toAbsolutePath().getParent());
        return new WriteFault(kind, switch (kind) {
            case DISK_FULL -> Problem.of("problem.file.diskFull", file);
            case NOT_WRITABLE -> Problem.of("problem.file.notWritable", file);
            case OTHER -> Problem.of("problem.file.failed", file, reason(failure));
        });
    }

    /** The kind of a problem this class made, or empty for any other problem. */
    public static Optional<Kind> kindOf(Problem problem) {
        return switch (problem.key()) {
            case "problem.file.diskFull" -> Optional.of(Kind.DISK_FULL);
            case "problem.file.notWritable" -> Optional.of(Kind.NOT_WRITABLE);
            case "problem.file.failed", "problem.file.notAFolder" -> Optional.of(Kind.OTHER);
            default -> Optional.empty();
        };
    }

    /** Disk full, not writable (read-only, no permission) or something else. */
    public static Kind kindOf(IOException failure, Path folder) {
        if (failure instanceof AccessDeniedException) {
            return Kind.NOT_WRITABLE;
        }
        String reason = reason(failure).toLowerCase(Locale.ROOT);
        if (reason.contains("read-only") || reason.contains("permission denied")
                || reason.contains("operation not permitted")) {
            return Kind.NOT_WRITABLE;
        }
        return DiskSpace.isFull(failure, folder) ? Kind.DISK_FULL : Kind.OTHER;
    }

    /** The nearest existing ancestor of {@code folder} (itself included) when it is a file, not a folder. */
    private static Path fileInTheWay(Path folder) {
        Path p = folder;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p != null && !Files.isDirectory(p) ? p : null;
    }

    /** The operating system's reason without the file names it repeats. */
    static String reason(IOException failure) {
        String reason = failure instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : failure.getMessage();
        return reason == null ? "" : reason;
    }
}

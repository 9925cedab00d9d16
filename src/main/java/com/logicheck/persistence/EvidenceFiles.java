package com.logicheck.persistence;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import com.logicheck.files.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * 证据文件 of a veto event (批评文件的扫描件, 事故报告, 照片) kept in the data folder's {@code evidence/} under their
 * SHA-256, so the same file stored twice takes the space once and a stored file is never overwritten. Copying comes
 * first and is harmless on its own; the database row that links the file to its event is written afterwards in the
 * event's transaction ({@link IncidentRepository}).
 */
public final class EvidenceFiles {
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    private final Path folder;

    public EvidenceFiles(Path folder) {
        this.folder = folder;
    }

    /** A file copied into the store: its hash, the stored name ({@code sha256.ext}), the name it had, its size. */
    public record StoredFile(String sha256, String fileName, String originalName, long byteSize) {
    }

    /** Copies {@code source} in; refused (nothing stored) when it is missing, empty, unreadable or too large. */
    public StoredFile store(Path source) {
        String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        long size;
        try {
            size = Files.size(source);
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.evidence.unreadable", name));
        }
        if (size == 0) {
            throw new DomainException(Problem.of("problem.evidence.empty", name));
        }
        if (size > MAX_BYTES) {
            throw new DomainException(Problem.of("problem.evidence.tooLarge", name, MAX_BYTES / (1024 * 1024)));
        }
        String sha = sha256(source, name);
        String fileName = sha + extension(name);
        Path target = folder.resolve(fileName);
        try {
            if (!Files.exists(target)) {
                AtomicFile.write(target, AtomicFile.Readers.PRIVATE, out -> Files.copy(source, out));
            }
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.evidence.unreadable", name));
        }
        return new StoredFile(sha, fileName, name, size);
    }

    /** Where a stored file lies. */
    public Path path(String fileName) {
        return folder.resolve(fileName);
    }

    /** The lower-case extension with its dot (at most 8 characters of letters and digits), or none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return "";
        }
        String ext = name.substring(dot).toLowerCase(Locale.ROOT);
        return ext.length() <= 9 && ext.substring(1).chars().allMatch(Character::isLetterOrDigit) ? ext : "";
    }

    private static String sha256(Path file, String name) {
        try {
            return Sha256.hex(file);
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.evidence.unreadable", name));
        }
    }
}

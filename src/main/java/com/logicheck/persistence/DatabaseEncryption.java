package com.logicheck.persistence;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import com.logicheck.files.DiskSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.tools.ChangeFileEncryption;

/**
 * Converts the database of a closed, locked data folder to or from H2's AES file encryption (数据库加密, ADR 0017).
 * The conversion runs on a copy in {@code db/.convert/}; the copy is opened with the new key before it replaces
 * the original and the marker ({@link DataDirectory#encryptionMarker()}) is written or removed. A wrong
 * password or a failure leaves the folder as it was. Photos, signed PDFs and backups made before are not touched.
 */
public final class DatabaseEncryption {
    static final String DATABASE = "logicheck";
    static final int MIN_PASSWORD = 8;
    private final DataDirectory dir;

    public DatabaseEncryption(DataDirectory dir) {
        this.dir = dir;
    }

    /** Encrypts a plain database with {@code password} (at least 8 characters). */
    public void encrypt(DatabaseKey password) {
        if (dir.encrypted()) {
            throw new DomainException(Problem.of("problem.encryption.already"));
        }
        if (password.blank() || password.chars().length < MIN_PASSWORD) {
            throw new DomainException(Problem.of("problem.encryption.weakPassword", MIN_PASSWORD));
        }
        convert(DatabaseKey.NONE, password);
    }

    /** Decrypts an encrypted database; {@code password} must be the current one. */
    public void decrypt(DatabaseKey password) {
        if (!dir.encrypted()) {
            throw new DomainException(Problem.of("problem.encryption.notEncrypted"));
        }
        convert(password, DatabaseKey.NONE);
    }

    private void convert(DatabaseKey from, DatabaseKey to) {
        Path file = dir.databaseFile().resolveSibling(DATABASE + ".mv.db");
        if (!Files.exists(file)) {
            throw new DomainException(Problem.of("problem.encryption.noDatabase", dir.root().toString()));
        }
        Database.open(dir.databaseFile(), from).close(); // checks the password and leaves a cleanly closed file
        Path work = dir.databaseFile().resolveSibling(".convert");
        try {
            deleteTree(work);
            Files.createDirectories(work);
            Path copy = work.resolve(DATABASE + ".mv.db");
            Files.copy(file, copy);
            Path newMarker = work.resolve(DataDirectory.ENCRYPTION_MARKER);
            if (to.present()) {
                FileKey.fresh().write(newMarker);
            }
            ChangeFileEncryption.execute(work.toString(), DATABASE, "AES", from.fileKey(dir.encryptionMarker()),
                    to.fileKey(newMarker), true);
            Database.open(work.resolve(DATABASE), to).close();
            AtomicFile.publish(copy, file);
            if (to.present()) {
                AtomicFile.publish(newMarker, dir.encryptionMarker());
            } else {
                Files.deleteIfExists(dir.encryptionMarker());
            }
        } catch (IOException | SQLException e) {
            if (DiskSpace.isFull(e, work)) {
                throw new DomainException(Problem.of("problem.disk.full", dir.root().toString()));
            }
            throw new DomainException(Problem.of("problem.encryption.failed", String.valueOf(e.getMessage())));
        } finally {
            try {
                deleteTree(work);
            } catch (IOException ignored) {
                // the work folder is recreated empty next time
            }
        }
    }

    /** Deletes a folder and everything in it (a work copy); nothing when it is not there. */
    static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

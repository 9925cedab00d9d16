package com.logicheck.persistence;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;

/**
 * The user's data folder: database, photos, backups. Resolved by platform convention (XDG on Linux,
 * %APPDATA% on Windows, ~/Library/Application Support on macOS) unless overridden with --data-dir.
 * {@link #lock()} makes sure only one running LogiCheck uses it.
 */
public final class DataDirectory implements AutoCloseable {
    private static final String APP = "LogiCheck";
    /** The name of the encryption marker inside {@code db/}. */
    public static final String ENCRYPTION_MARKER = "ENCRYPTED";
    private final Path root;
    private FileChannel lockChannel;
    private FileLock lock;

    public DataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static Path platformDefault(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, APP) : home.resolve("AppData/Roaming").resolve(APP);
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support").resolve(APP);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("logicheck");
    }

    public Path root() {
        return root;
    }

    public Path databaseFile() {
        return root.resolve("db").resolve("logicheck");
    }

    public Path photos() {
        return root.resolve("photos");
    }

    /** The signed PDFs, one per signed sheet: {@code signed/<inspection id>.pdf}. */
    public Path signedSheets() {
        return root.resolve("signed");
    }

    /** The users' signing keys (password-protected PKCS#12) and stored signature images. */
    public Path keys() {
        return root.resolve("keys");
    }

    /** The organisation's branding: {@code branding/logo.png}, set in the first-run wizard, printed by the PDF writers. */
    public Path branding() {
        return root.resolve("branding");
    }

    /** The automatic and manual backups of this folder (ADR 0016): {@code backups/logicheck-<time>-<reason>.zip}. */
    public Path backups() {
        return root.resolve("backups");
    }

    /** Present when the database is encrypted (ADR 0017); it travels with the database file in a backup. */
    public Path encryptionMarker() {
        return root.resolve("db").resolve(ENCRYPTION_MARKER);
    }

    public boolean encrypted() {
        return Files.exists(encryptionMarker());
    }

    /** Creates the folders and checks they can be written; refuses a read-only folder with a clear message. */
    public DataDirectory prepare() {
        try {
            Files.createDirectories(root.resolve("db"));
            Files.createDirectories(photos());
            Path probe = Files.createTempFile(root, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new DomainException(Problem.of("problem.dataDir.notWritable", root.toString()));
        }
        return this;
    }

    /** Takes the single-instance lock; refuses when another running LogiCheck holds the folder. */
    public synchronized DataDirectory lock() {
        try {
            lockChannel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly();
            throw new DomainException(Problem.of("problem.dataDir.inUse", root.toString()));
        }
        return this;
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // releasing on the way out; the OS frees the lock with the process anyway
        }
        lock = null;
        lockChannel = null;
    }
}

package com.logicheck.persistence.backup;

import static com.logicheck.persistence.jooq.Tables.INSPECTION;
import static com.logicheck.persistence.jooq.Tables.PHOTO;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.LocalFault;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import com.logicheck.files.DiskSpace;
import com.logicheck.files.Sha256;
import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.Database;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes one backup zip (ADR 0016): the database (an online H2 {@code BACKUP} of the open database, or a plain
 * copy of a closed one), the encryption marker, {@code photos/}, {@code signed/} and {@code keys/}, then
 * {@code manifest.json} with the SHA-256 of every entry. The zip is written under a temporary name, synced
 * and then moved into place: a failure (full disk, cancel, crash) never leaves a half backup under a real name.
 */
public final class BackupWriter {
    static final String DATABASE_ENTRY = "db/logicheck.mv.db";
    static final String MARKER_ENTRY = "db/" + DataDirectory.ENCRYPTION_MARKER;
    static final List<String> FOLDERS = List.of("photos", "signed", "keys");

    /** Opens the stream the zip is written to; tests pass one that fails as a full disk would. */
    @FunctionalInterface
    public interface Sink {
        OutputStream open(Path file) throws IOException;

        Sink FILE = file -> Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private final DataDirectory dir;
    private final String appVersion;
    private final Sink sink;

    public BackupWriter(DataDirectory dir, String appVersion, Sink sink) {
        this.dir = dir;
        this.appVersion = appVersion;
        this.sink = sink;
    }

    /**
     * Writes the backup to {@code target}. {@code database} is the open database, or null when the folder is closed
     * (then the database file is copied as it lies on disk).
     */
    public BackupManifest write(Database database, BackupReason reason, OffsetDateTime now, Path target,
                                BackupMonitor monitor) {
        Path folder = target.getParent();
        Path part = folder.resolve("." + target.getFileName() + ".part");
        Path h2Copy = folder.resolve("." + target.getFileName() + ".db.zip");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(part);
            Files.deleteIfExists(h2Copy);
            Path dbFile = dir.root().resolve(DATABASE_ENTRY);
            if (database != null) {
                database.backupTo(h2Copy);
            }
            List<Path> files = files();
            long total = sizeOf(files) + (database != null ? Files.size(h2Copy) : Files.exists(dbFile) ? Files.size(dbFile) : 0);
            Progress progress = new Progress(monitor, total);
            List<BackupManifest.Entry> entries = new ArrayList<>();
            BackupManifest manifest;
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(sink.open(part), 1 << 16))) {
                if (database != null) {
                    copyH2Backup(h2Copy, zip, entries, progress);
                } else if (Files.exists(dbFile)) {
                    add(zip, DATABASE_ENTRY, dbFile, Deflater.DEFAULT_COMPRESSION, entries, progress);
                }
                if (dir.encrypted()) {
                    add(zip, MARKER_ENTRY, dir.encryptionMarker(), Deflater.DEFAULT_COMPRESSION, entries, progress);
                }
                for (Path f : files) {
                    String name = dir.root().relativize(f).toString().replace('\\', '/');
                    boolean packed = name.toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png|gif|pdf|p12)$");
                    add(zip, name, f, packed ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION, entries, progress);
                }
                progress.checkCancel();
                manifest = manifest(database, reason, now, entries);
                zip.setLevel(Deflater.DEFAULT_COMPRESSION);
                zip.putNextEntry(new ZipEntry(BackupManifest.FILE));
                zip.write(manifest.toJson());
                zip.closeEntry();
                zip.finish();
            }
            readsBack(part, manifest, monitor);
            AtomicFile.publish(part, target);
            return manifest;
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(part);
            if (e instanceof CancellationException c) {
                throw c;
            }
            if (e instanceof DomainException d) {
                throw d;
            }
            if (DiskSpace.isFull(e, folder)) {
                throw new LocalFault(Problem.of("problem.backup.diskFull", folder.toString()));
            }
            throw new LocalFault(Problem.of("problem.backup.failed", folder.toString(), String.valueOf(e.getMessage())));
        } finally {
            deleteQuietly(h2Copy);
        }
    }

    /**
     * The written zip must open and every entry must match the manifest's size and SHA-256 before it gets a real
     * name (a disk or controller that returned other bytes than were written is found here, not at a restore).
     */
    private static void readsBack(Path part, BackupManifest written, BackupMonitor monitor) throws IOException {
        BackupManifest read;
        try {
            read = new BackupReader(part).verify(new BackupMonitor() {
                @Override
                public void progress(long done, long total) {
                    // the bar has shown the writing; reading back is the last moment of it
                }

                @Override
                public boolean cancelled() {
                    return monitor.cancelled();
                }
            });
        } catch (DomainException e) {
            throw new IOException("the written backup does not read back: " + e.getMessage(), e);
        }
        if (!read.entries().equals(written.entries())) {
            throw new IOException("the written backup does not list what was written");
        }
    }

    private BackupManifest manifest(Database database, BackupReason reason, OffsetDateTime now,
                                    List<BackupManifest.Entry> entries) {
        long inspections = -1;
        long photos = -1;
        String schema = null;
        if (database != null) {
            inspections = database.dsl().fetchCount(INSPECTION);
            photos = database.dsl().fetchCount(PHOTO);
            schema = database.schemaVersion();
        }
        long signed = entries.stream().filter(e -> e.path().startsWith("signed/") && e.path().endsWith(".pdf")).count();
        return new BackupManifest(BackupManifest.FORMAT, "LogiCheck", appVersion, schema, now.toString(), reason,
                dir.encrypted(), database != null, inspections, signed, photos, entries);
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : FOLDERS) {
            Path folder = dir.root().resolve(name);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith(".")) // temporary files of writes in progress
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** When the newest photo, signed PDF or key file was written (empty when there is none). */
    static Optional<Instant> newestFileTime(DataDirectory dir) {
        Instant newest = null;
        for (String name : FOLDERS) {
            Path folder = dir.root().resolve(name);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    Instant t = Files.getLastModifiedTime(p).toInstant();
                    newest = newest == null || t.isAfter(newest) ? t : newest;
                }
            } catch (IOException e) {
                return Optional.of(Instant.MAX); // cannot tell: back up
            }
        }
        return Optional.ofNullable(newest);
    }

    private static long sizeOf(List<Path> files) throws IOException {
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        return total;
    }

    /** H2's own backup zip holds the one database file; its bytes go into ours under {@link #DATABASE_ENTRY}. */
    private static void copyH2Backup(Path h2Copy, ZipOutputStream zip, List<BackupManifest.Entry> entries,
                                     Progress progress) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Copy))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().endsWith(".mv.db")) {
                    zip.setLevel(Deflater.DEFAULT_COMPRESSION);
                    entries.add(copy(in, zip, DATABASE_ENTRY, progress));
                    return;
                }
            }
        }
        throw new IOException("H2 backup holds no database file");
    }

    private static void add(ZipOutputStream zip, String name, Path file, int level, List<BackupManifest.Entry> entries,
                            Progress progress) throws IOException {
        zip.setLevel(level);
        try (InputStream in = Files.newInputStream(file)) {
            entries.add(copy(in, zip, name, progress));
        }
    }

    private static BackupManifest.Entry copy(InputStream in, ZipOutputStream zip, String name, Progress progress)
            throws IOException {
        progress.checkCancel();
        MessageDigest sha = Sha256.digest();
        zip.putNextEntry(new ZipEntry(name));
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            sha.update(buffer, 0, n);
            zip.write(buffer, 0, n);
            size += n;
            progress.add(n);
        }
        zip.closeEntry();
        return new BackupManifest.Entry(name, size, Sha256.hex(sha));
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file starts with '.' and is never read as a backup
        }
    }

    /** Bytes done over the estimate; the estimate grows if the copied database turns out bigger. */
    private static final class Progress {
        private final BackupMonitor monitor;
        private final long total;
        private long done;

        Progress(BackupMonitor monitor, long total) {
            this.monitor = monitor;
            this.total = Math.max(total, 1);
        }

        void add(long n) {
            checkCancel(); // a backup on exit's way stops within one buffer, not at the next file
            done += n;
            monitor.progress(Math.min(done, total), total);
        }

        void checkCancel() {
            if (monitor.cancelled()) {
                throw new CancellationException("backup cancelled");
            }
        }
    }
}

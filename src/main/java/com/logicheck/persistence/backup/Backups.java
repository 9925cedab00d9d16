package com.logicheck.persistence.backup;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import com.logicheck.files.DiskSpace;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups of one data folder (数据备份与恢复, ADR 0016): {@code backups/logicheck-20261121-174500-exit.zip}.
 * Automatic ones at the first start of a day and on exit, rotated by {@link Retention}; manual ones on request,
 * also into another folder; restore of a checked backup, after a copy of the current state.
 * With an open {@link Database} backups are online copies; without one (the folder is closed, e.g. because its
 * database no longer opens) they are plain copies of the files, and only then may {@link #restore} run.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final Pattern NAME = Pattern.compile("logicheck-(\\d{8}-\\d{6})(?:-(\\d+))?-([a-z-]+)\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final List<String> RESTORED = List.of("db", "photos", "signed", "keys");
    private final DataDirectory dir;
    private final Database database;
    private final String appVersion;
    private final Clock clock;
    private final Retention retention;
    private final BackupWriter.Sink sink;

    public Backups(DataDirectory dir, Database database, String appVersion, Clock clock, Retention retention) {
        this(dir, database, appVersion, clock, retention, BackupWriter.Sink.FILE);
    }

    /** {@code sink}: where zips are written; tests pass one that fails like a full disk. */
    public Backups(DataDirectory dir, Database database, String appVersion, Clock clock, Retention retention,
                   BackupWriter.Sink sink) {
        this.dir = dir;
        this.database = database;
        this.appVersion = appVersion;
        this.clock = clock;
        this.retention = retention;
        this.sink = sink;
    }

    /** One backup file with what its manifest says ({@code manifest} is null when it cannot be read). */
    public record BackupFile(Path file, long bytes, LocalDateTime time, BackupReason reason, BackupManifest manifest,
                             String problem) {
    }

    public Path folder() {
        return dir.backups();
    }

    /** The backups in {@link #folder()}, newest first, each with its manifest (not yet fully checked). */
    public List<BackupFile> list() {
        List<BackupFile> out = new ArrayList<>();
        for (Named n : named()) {
            BackupManifest m = null;
            String problem = null;
            try {
                m = new BackupReader(n.file()).manifest();
            } catch (DomainException e) {
                problem = e.first().key();
            }
            out.add(new BackupFile(n.file(), size(n.file()), n.time(), n.reason(), m, problem));
        }
        return out;
    }

    /**
     * A backup now into {@link #folder()}, then rotation (only with the database open: a closed folder cannot read
     * its retention settings, so nothing is deleted then).
     */
    public synchronized BackupFile create(BackupReason reason, BackupMonitor monitor) {
        removeLeftovers();
        BackupFile made = createIn(folder(), reason, monitor);
        if (database != null) {
            rotate();
        }
        return made;
    }

    /**
     * Removes what a backup killed half-way (kill -9, power cut, an exit that did not wait) left in {@link #folder()}
     * and logs each: the hidden ".part" zip and the H2 copy beside it ({@code .logicheck-….zip.part},
     * {@code .logicheck-….zip.db.zip}, the names every version so far has used), each as large as the database, and
     * any other hidden temporary file of the one atomic writer ({@code .….part}). Only this laptop writes there (the
     * data folder is locked) and backups into it run one at a time, so none of them is being written now.
     * Returns how many files were removed.
     */
    public synchronized int removeLeftovers() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (leftover(f.getFileName().toString()) && Files.isRegularFile(f)) {
                    long bytes = size(f);
                    Files.deleteIfExists(f);
                    LOG.info("removed an unfinished backup file {} ({} bytes)", f, bytes);
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot remove unfinished backups in {}: {}", folder, e.getMessage());
        }
        return removed;
    }

    /** A temporary name of a backup being written; never a finished backup (those never start with a dot). */
    static boolean leftover(String name) {
        return name.startsWith(".") && (name.endsWith(".zip.part") || name.endsWith(".zip.db.zip")
                || name.endsWith(AtomicFile.TEMP_SUFFIX));
    }

    /** A backup now into {@code target} (another folder: a USB stick, a network share); no rotation there. */
    public BackupFile createIn(Path target, BackupReason reason, BackupMonitor monitor) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Path file = freeName(target, now.toLocalDateTime(), reason);
        BackupManifest m = new BackupWriter(dir, appVersion, sink).write(database, reason, now, file, monitor);
        return new BackupFile(file, size(file), now.toLocalDateTime(), reason, m, null);
    }

    /** The once-a-day backup at start: made when no backup of today is in the folder yet. */
    public Optional<BackupFile> dailyIfDue() {
        LocalDate today = LocalDate.now(clock);
        boolean done = named().stream().anyMatch(n -> n.time().toLocalDate().equals(today)
                && n.reason() != BackupReason.BEFORE_RESTORE);
        return done ? Optional.empty() : Optional.of(create(BackupReason.DAILY, BackupMonitor.NONE));
    }

    /**
     * The backup on exit, skipped when the history (every sheet, order, template and reference edit writes a row)
     * has nothing newer than the newest backup: closing the app twice without work in between does not copy a
     * large database twice (ADR 0016).
     */
    public Optional<BackupFile> exitIfChanged() {
        Optional<LocalDateTime> newest = named().stream().filter(n -> n.reason() != BackupReason.BEFORE_RESTORE)
                .map(Named::time).max(LocalDateTime::compareTo);
        if (newest.isPresent()) {
            Optional<LocalDateTime> lastChange = ChangeLog.latest(database.dsl())
                    .map(t -> t.atZoneSameInstant(clock.getZone()).toLocalDateTime());
            if (lastChange.isEmpty() || lastChange.get().isBefore(newest.get())) {
                return Optional.empty();
            }
        }
        return Optional.of(create(BackupReason.EXIT, BackupMonitor.NONE));
    }

    /**
     * Whether the backup at start is due (ADR 0041): when the folder has no backup yet, or when anything changed
     * since its newest one — a row in the history (every edit writes one) or a photo, signed PDF or key file newer
     * than it. Nothing changed, nothing copied, whatever the day: on a 4 GB database a copy costs minutes. A backup
     * that the last exit did not finish (or never started: exit does not back up any more) is due again here.
     */
    public boolean dueAtStart() {
        Optional<LocalDateTime> newest = newestAutomatic();
        if (newest.isEmpty()) {
            return true;
        }
        Optional<LocalDateTime> lastChange = ChangeLog.latest(database.dsl())
                .map(t -> t.atZoneSameInstant(clock.getZone()).toLocalDateTime());
        if (lastChange.isPresent() && !lastChange.get().isBefore(newest.get())) {
            return true;
        }
        Instant newestAt = newest.get().atZone(clock.getZone()).toInstant();
        return BackupWriter.newestFileTime(dir).filter(t -> !t.isBefore(newestAt)).isPresent();
    }

    /** The backup at start, made when {@link #dueAtStart()} says so (in the background, ADR 0041). */
    public Optional<BackupFile> atStartIfDue(BackupMonitor monitor) {
        return dueAtStart() ? Optional.of(create(BackupReason.DAILY, monitor)) : Optional.empty();
    }

    private Optional<LocalDateTime> newestAutomatic() {
        return named().stream().filter(n -> n.reason() != BackupReason.BEFORE_RESTORE)
                .map(Named::time).max(LocalDateTime::compareTo);
    }

    /** Deletes the backups {@link Retention} does not keep; returns how many. */
    public int rotate() {
        List<Retention.Stamp<Path>> stamps = named().stream()
                .map(n -> new Retention.Stamp<>(n.file(), n.time(), n.reason())).toList();
        Set<Path> delete = retention.toDelete(stamps);
        for (Path p : delete) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("cannot delete old backup {}", p, e);
            }
        }
        return delete.size();
    }

    /** Checks every entry of {@code zip} against its manifest; throws with the damaged entry named. */
    public BackupManifest verify(Path zip, BackupMonitor monitor) {
        return new BackupReader(zip).verify(monitor);
    }

    /**
     * Replaces the database, photos, signed PDFs and keys of the (closed, locked) data folder with those of
     * {@code zip}: the backup is checked in full first, the current state is copied to a
     * {@link BackupReason#BEFORE_RESTORE} backup, the backup is unpacked beside the folder and only then swapped in.
     * A refusal, a cancel or a full disk before the swap leaves the folder exactly as it was.
     */
    public BackupFile restore(Path zip, BackupMonitor monitor) {
        if (database != null) {
            throw new IllegalStateException("close the data folder before restoring into it");
        }
        BackupManifest m = verify(zip, monitor);
        if (m.schemaVersion() != null && newer(m.schemaVersion(), Database.latestSchemaVersion())) {
            throw new DomainException(Problem.of("problem.backup.newerSchema", m.appVersion()));
        }
        BackupFile before = create(BackupReason.BEFORE_RESTORE, monitor);
        Path staging = dir.root().resolve(".restore-staging");
        Path old = dir.root().resolve(".restore-old");
        try {
            deleteTree(staging);
            deleteTree(old);
            Files.createDirectories(staging);
            new BackupReader(zip).extract(m, staging, monitor);
            Files.createDirectories(staging.resolve("db"));
            Files.createDirectories(old);
            for (String name : RESTORED) {
                Path current = dir.root().resolve(name);
                if (Files.exists(current)) {
                    Files.move(current, old.resolve(name));
                }
                Path restored = staging.resolve(name);
                if (Files.exists(restored)) {
                    Files.move(restored, current);
                }
            }
            deleteTree(old);
            deleteTree(staging);
            return before;
        } catch (IOException e) {
            deleteQuietly(staging);
            if (DiskSpace.isFull(e, dir.root())) {
                throw new DomainException(Problem.of("problem.restore.diskFull", dir.root().toString()));
            }
            throw new DomainException(Problem.of("problem.restore.failed", dir.root().toString(),
                    String.valueOf(e.getMessage()), before.file().getFileName().toString()));
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    static boolean newer(String version, String latest) {
        try {
            return MigrationVersion.fromVersion(version).isNewerThan(latest);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A backup file by its name: the second it was made and, within that second, its number (1, then -2, -3 …). */
    private record Named(Path file, LocalDateTime time, int sequence, BackupReason reason) {
    }

    private List<Named> named() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Named> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                try {
                    LocalDateTime t = LocalDateTime.parse(m.group(1), STAMP);
                    int sequence = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                    BackupReason.fromTag(m.group(3)).ifPresent(r -> out.add(new Named(f, t, sequence, r)));
                } catch (DateTimeParseException ignored) {
                    // not one of ours
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list backups in {}", folder, e);
        }
        // newest first; backups of one kind made within one second are ordered by their number, not by their names as
        // text (the first has none, and "-10" sorts before "-9"), so rotation never keeps an older one over a newer
        out.sort(Comparator.comparing(Named::time).thenComparingInt(Named::sequence)
                .thenComparing(n -> n.file().getFileName().toString()).reversed());
        return out;
    }

    /**
     * The next name for a backup made in this second: after the highest number this second and kind already has (not
     * the first free one), so a newer backup never takes the place of one that rotation removed and sorts as older.
     */
    private static Path freeName(Path folder, LocalDateTime time, BackupReason reason) {
        String stamp = STAMP.format(time);
        int highest = 0;
        try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            for (Path f : files.toList()) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && m.group(1).equals(stamp) && m.group(3).equals(reason.fileTag())) {
                    highest = Math.max(highest, m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list backups in {}", folder, e);
        }
        Path p = folder.resolve("logicheck-" + stamp + "-" + reason.fileTag() + ".zip");
        for (int i = Math.max(2, highest + 1); highest > 0 || Files.exists(p); i++) {
            p = folder.resolve("logicheck-" + stamp + "-" + i + "-" + reason.fileTag() + ".zip");
            highest = 0;
        }
        return p;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteQuietly(Path tree) {
        try {
            deleteTree(tree);
        } catch (IOException e) {
            LOG.warn("cannot remove {}", tree, e);
        }
    }

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

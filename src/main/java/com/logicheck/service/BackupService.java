package com.logicheck.service;

import com.logicheck.persistence.backup.BackupManifest;
import com.logicheck.persistence.backup.BackupMonitor;
import com.logicheck.persistence.backup.BackupReason;
import com.logicheck.persistence.backup.Backups;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * 备份与恢复 as the screens see it (ADR 0034): the backups of the data folder as {@link BackupEntry} with their
 * {@link BackupContents}, 立即备份 and the full check before a restore, with {@link Progress} in place of the
 * persistence monitor. Works without an open database too (the rescue screen), as {@link Backups} does.
 */
public final class BackupService {
    private final Backups backups;

    public BackupService(Backups backups) {
        this.backups = backups;
    }

    /** Why a backup was made (备份类型), as {@code persistence.backup.BackupReason} names it. */
    public enum BackupKind { DAILY, EXIT, MANUAL, BEFORE_RESTORE }

    /** What a backup holds; {@code looseFiles}: the photos of a raw copy (not consistent), without thumbnails. */
    public record BackupContents(boolean consistent, long inspections, long signedSheets, long photos, long looseFiles,
                                 boolean encrypted) {
        /** The contents a manifest lists (for the command line, which reads manifests itself). */
        public static BackupContents of(BackupManifest m) {
            long loose = m.entries().stream()
                    .filter(e -> e.path().startsWith("photos/") && !e.path().startsWith("photos/thumbs/")).count();
            return new BackupContents(m.consistent(), m.inspections(), m.signedSheets(), m.photos(), loose, m.encrypted());
        }
    }

    /** One backup file; {@code contents} is null when its manifest cannot be read. */
    public record BackupEntry(Path file, long bytes, LocalDateTime time, BackupKind kind, BackupContents contents) {
        public boolean usable() {
            return contents != null;
        }

        /** The entry for a backup file (for the command line, which uses {@link Backups} itself). */
        public static BackupEntry of(Backups.BackupFile b) {
            return new BackupEntry(b.file(), b.bytes(), b.time(), BackupKind.valueOf(b.reason().name()),
                    b.manifest() == null ? null : BackupContents.of(b.manifest()));
        }
    }

    /** How far a backup or check has come, and whether to stop (asked on the worker thread). */
    public interface Progress {
        void progress(long done, long total);

        boolean cancelled();
    }

    public Path folder() {
        return backups.folder();
    }

    public List<BackupEntry> list() {
        return backups.list().stream().map(BackupEntry::of).toList();
    }

    /** 立即备份 into the backups folder. */
    public BackupEntry backUpNow(Progress progress) {
        return BackupEntry.of(backups.create(BackupReason.MANUAL, monitor(progress)));
    }

    /** Removes and logs what an unfinished backup left in the backups folder (at start); returns how many files. */
    public int removeLeftovers() {
        return backups.removeLeftovers();
    }

    /** Whether a backup is due at start: none yet, or something changed since the newest (ADR 0041). */
    public boolean dueAtStart() {
        return backups.dueAtStart();
    }

    /**
     * The backup at start, made in the background when something changed since the newest backup (ADR 0041);
     * empty when none was due.
     */
    public Optional<BackupEntry> backUpAtStartIfDue(Progress progress) {
        return backups.atStartIfDue(monitor(progress)).map(BackupEntry::of);
    }

    /** Checks every entry of a backup; throws when it is damaged. */
    public BackupContents verify(Path zip, Progress progress) {
        return BackupContents.of(backups.verify(zip, monitor(progress)));
    }

    private static BackupMonitor monitor(Progress progress) {
        return new BackupMonitor() {
            @Override
            public void progress(long done, long total) {
                progress.progress(done, total);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
    }
}

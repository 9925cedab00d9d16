package com.logicheck.app.modules;

import com.logicheck.persistence.SettingsRepository;
import com.logicheck.persistence.backup.Backups;
import com.logicheck.persistence.backup.Retention;
import com.logicheck.service.BackupService;

/** 备份与恢复: online copies of the open database, their rotation, and restoring one (ADR 0016). */
public record BackupModule(Backups backups, BackupService service) {
    public static final String KEEP_DAILY = "backup.keepDaily";
    public static final String KEEP_WEEKLY = "backup.keepWeekly";

    /** {@code appVersion}: the build a backup's manifest names. */
    public static BackupModule build(SharedCore core, String appVersion) {
        Backups backups = new Backups(core.dataDirectory(), core.database(), appVersion, core.clock(),
                retention(core.settings()));
        return new BackupModule(backups, new BackupService(backups));
    }

    /** Rotation of the automatic backups: settings {@code backup.keepDaily} / {@code backup.keepWeekly} (7 / 4). */
    public static Retention retention(SettingsRepository settings) {
        try {
            int daily = settings.get(KEEP_DAILY).map(Integer::parseInt).orElse(Retention.DEFAULT.daily());
            int weekly = settings.get(KEEP_WEEKLY).map(Integer::parseInt).orElse(Retention.DEFAULT.weekly());
            return new Retention(daily, weekly, Retention.DEFAULT.beforeRestore());
        } catch (IllegalArgumentException e) {
            return Retention.DEFAULT;
        }
    }
}

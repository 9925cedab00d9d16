package com.logicheck.app;

import com.logicheck.persistence.backup.BackupMonitor;
import com.logicheck.persistence.backup.Backups;
import java.nio.file.Path;

/** Lets tests in other packages restore the way the CLI and the app do. */
public final class BackupRestoreAccess {
    private BackupRestoreAccess() {
    }

    public static Backups.BackupFile restore(Path data, Path zip) {
        return RestoreCommand.restore(data, zip, BackupMonitor.NONE);
    }
}

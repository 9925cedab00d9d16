package com.logicheck.ui;

import com.logicheck.ui.backup.BackupScreens;

/**
 * The parts of the main window that a window, or a test of one screen, may do without: log-in and the idle lock
 * (ADR 0013/0014), 备份与恢复 (ADR 0016), 同步 (ADR 0019), 整改台账 and 层级检查 (ADR 0018). Null means absent;
 * the navigator then ignores the way there and the home screen hides its button.
 */
public record WindowParts(AccountServices accounts, BackupScreens backups, SyncServices sync, DeskServices desk) {
    public static final WindowParts NONE = new WindowParts(null, null, null, null);

    public WindowParts withAccounts(AccountServices a) {
        return new WindowParts(a, backups, sync, desk);
    }

    public WindowParts withSync(SyncServices s) {
        return new WindowParts(accounts, backups, s, desk);
    }

    public WindowParts withDesk(DeskServices d) {
        return new WindowParts(accounts, backups, sync, d);
    }
}

package com.logicheck.ui;

import com.logicheck.service.OrganisationSettings;
import com.logicheck.ui.backup.BackupScreens;
import com.logicheck.ui.sync.SyncServices;

/**
 * The parts of the main window that a window, or a test of one screen, may do without: log-in and the idle lock
 * (ADR 0013/0014), 备份与恢复 (ADR 0016), 同步 (ADR 0019), 整改台账 and 层级检查 (ADR 0018), 单位设置 (ADR 0024).
 * Null means absent; the navigator then ignores the way there and the home screen hides its menu item.
 */
public record WindowParts(AccountServices accounts, BackupScreens backups, SyncServices sync, DeskServices desk,
                          OrganisationSettings settings) {
    public static final WindowParts NONE = new WindowParts(null, null, null, null, null);

    public WindowParts withAccounts(AccountServices a) {
        return new WindowParts(a, backups, sync, desk, settings);
    }

    public WindowParts withSync(SyncServices s) {
        return new WindowParts(accounts, backups, s, desk, settings);
    }

    public WindowParts withDesk(DeskServices d) {
        return new WindowParts(accounts, backups, sync, d, settings);
    }

    public WindowParts withSettings(OrganisationSettings o) {
        return new WindowParts(accounts, backups, sync, desk, o);
    }
}

package com.logicheck.ui;

import com.logicheck.service.OrganisationSettings;
import com.logicheck.ui.backup.BackupScreens;
import com.logicheck.ui.sync.SyncServices;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The parts of the main window beside the screens every window has: log-in and the idle lock (ADR 0013/0014),
 * 备份与恢复 (ADR 0016), 同步 (ADR 0019), 整改台账 and 层级检查 (ADR 0018), 单位设置 (ADR 0024), 基础资料 (ADR 0021).
 * Every part is there (none is null); {@code offered} says which the window shows. The app offers all of them; a test
 * of one screen offers only what it tests (through {@code TestWindows}), and the navigator then ignores the way to
 * the others and the home screen hides their menu items.
 */
public record WindowParts(AccountServices accounts, BackupScreens backups, SyncServices sync, DeskServices desk,
                          OrganisationSettings settings, Set<Feature> offered) {

    /** A part of the window that may be left out of it. */
    public enum Feature { ACCOUNTS, BACKUPS, SYNC, DESK, SETTINGS, REFERENCE_DATA }

    public WindowParts {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(backups, "backups");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(settings, "settings");
        offered = Set.copyOf(offered);
    }

    /** The app's window: every part offered. */
    public static WindowParts all(AccountServices accounts, BackupScreens backups, SyncServices sync, DeskServices desk,
                                  OrganisationSettings settings) {
        return new WindowParts(accounts, backups, sync, desk, settings, EnumSet.allOf(Feature.class));
    }

    public boolean offers(Feature feature) {
        return offered.contains(feature);
    }
}

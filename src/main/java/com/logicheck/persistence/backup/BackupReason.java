package com.logicheck.persistence.backup;

import java.util.Locale;
import java.util.Optional;

/** Why a backup was made (备份类型); part of its file name, so rotation can tell them apart without opening them. */
public enum BackupReason {
    /** The first start of a day. */
    DAILY,
    /** Closing the app. */
    EXIT,
    /** 立即备份 in the app or {@code logicheck backup}. */
    MANUAL,
    /** The state just before a restore replaced it; kept apart from rotation so a restore can be undone. */
    BEFORE_RESTORE;

    String fileTag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<BackupReason> fromTag(String tag) {
        for (BackupReason r : values()) {
            if (r.fileTag().equals(tag)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}

package com.logicheck.ui.backup;

import com.logicheck.i18n.Messages;
import com.logicheck.persistence.backup.BackupManifest;
import com.logicheck.persistence.backup.Backups;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A backup in words, for the restore screen and the command line: when, how big, what it holds. */
public final class BackupText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final Messages messages;

    public BackupText(Messages messages) {
        this.messages = messages;
    }

    public String time(Backups.BackupFile b) {
        return TIME.format(b.time());
    }

    public String size(long bytes) {
        if (bytes < 0) {
            return "—";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }

    public String reason(Backups.BackupFile b) {
        return messages.label(b.reason());
    }

    /** 检查表 120 张，签字版 PDF 45 份，照片 60 张 (+ 已加密 / 原样副本), or why it cannot be read. */
    public String contents(Backups.BackupFile b) {
        if (b.manifest() == null) {
            return messages.get("backup.text.unreadable");
        }
        return contents(b.manifest());
    }

    public String contents(BackupManifest m) {
        String base = m.consistent()
                ? messages.get("backup.text.contents", m.inspections(), m.signedSheets(), m.photos())
                : messages.get("backup.text.rawContents", m.signedSheets(),
                        m.entries().stream().filter(e -> e.path().startsWith("photos/") && !e.path().startsWith("photos/thumbs/"))
                        .count());
        if (m.encrypted()) {
            base += messages.get("backup.text.encrypted");
        }
        return base;
    }
}

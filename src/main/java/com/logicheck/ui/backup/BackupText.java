package com.logicheck.ui.backup;

import com.logicheck.i18n.Messages;
import com.logicheck.service.BackupService.BackupContents;
import com.logicheck.service.BackupService.BackupEntry;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A backup in words, for the restore screen and the command line: when, how big, what it holds. */
public final class BackupText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final Messages messages;

    public BackupText(Messages messages) {
        this.messages = messages;
    }

    public String time(BackupEntry b) {
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

    /** The kind's label, under the same key as the backup's reason ({@code BackupReason.MANUAL}, …). */
    public String reason(BackupEntry b) {
        return messages.get("BackupReason." + b.kind().name());
    }

    /** 检查表 120 张，签字版 PDF 45 份，照片 60 张 (+ 已加密 / 原样副本), or why it cannot be read. */
    public String contents(BackupEntry b) {
        if (b.contents() == null) {
            return messages.get("backup.text.unreadable");
        }
        return contents(b.contents());
    }

    public String contents(BackupContents m) {
        String base = m.consistent()
                ? messages.get("backup.text.contents", m.inspections(), m.signedSheets(), m.photos())
                : messages.get("backup.text.rawContents", m.signedSheets(), m.looseFiles());
        if (m.encrypted()) {
            base += messages.get("backup.text.encrypted");
        }
        return base;
    }
}

package com.logicheck.ui.backup;

import com.logicheck.i18n.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * 备份状态: one quiet line in the main window's corner saying what the background backup is doing (ADR 0041):
 * 正在备份…, 备份完成, 备份失败：原因. Empty while there is nothing to say (no backup was due). Changed on the JavaFX
 * thread only.
 */
public final class BackupStatus {
    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

    public BackupStatus(Messages messages) {
        this.messages = messages;
    }

    public ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    /** True after a failure: the line is shown as a warning. */
    public ReadOnlyBooleanProperty failed() {
        return failed.getReadOnlyProperty();
    }

    public void running() {
        failed.set(false);
        text.set(messages.get("backup.status.running"));
    }

    public void done() {
        failed.set(false);
        text.set(messages.get("backup.status.done"));
    }

    /** Nothing more to say after 备份完成 (a failure stays). */
    public void clearDone() {
        if (!failed.get()) {
            text.set("");
        }
    }

    /** {@code reason}: the problem's own sentence (e.g. 磁盘空间不足…). */
    public void failed(String reason) {
        failed.set(true);
        text.set(messages.get("backup.status.failed", reason));
    }
}

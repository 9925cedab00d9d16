package com.logicheck.ui.backup;

import com.logicheck.i18n.Messages;
import com.logicheck.service.BackupService;
import com.logicheck.service.BackupService.BackupContents;
import com.logicheck.service.BackupService.BackupEntry;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.TaskExecutor;
import com.logicheck.ui.common.WorkProgress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 备份与恢复: the backups of the data folder with date, kind, size and contents; 立即备份 with progress and 取消;
 * restore of a chosen backup, checked in full first (a damaged one is refused before anything closes), then
 * handed to {@link DataFolderRestore}. In rescue mode (the database did not open) there is no backup and no way back.
 */
public final class BackupViewModel {
    private final BackupService backups;
    private final DataFolderRestore restorer;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final Runnable back;
    private final boolean rescue;
    private final BackupText text;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final WorkProgress work = new WorkProgress();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private volatile boolean cancelled;

    /** One backup as a table row, every cell in words; {@code usable} is false when its manifest cannot be read. */
    public record Row(Path file, String time, String kind, String size, String contents, boolean usable) {
    }

    /**
     * @param uiThread how progress reaches the UI thread ({@code Platform::runLater}; tests run it at once)
     * @param back     where 返回 goes; null in rescue mode
     */
    public BackupViewModel(BackupService backups, DataFolderRestore restorer, Messages messages, TaskExecutor executor,
                           Executor uiThread, Runnable back, boolean rescue) {
        this.backups = backups;
        this.restorer = restorer;
        this.messages = messages;
        this.executor = executor;
        this.uiThread = uiThread;
        this.back = back;
        this.rescue = rescue;
        this.text = new BackupText(messages);
    }

    public void refresh() {
        executor.submit(backups::list, list -> {
            rows.setAll(list.stream().map(this::row).toList());
            if (rows.isEmpty()) {
                work.say(messages.get("backup.ui.none"));
            }
        }, e -> error.set(Failures.describe(e, messages)));
    }

    private Row row(BackupEntry b) {
        return new Row(b.file(), text.time(b), text.reason(b), text.size(b.bytes()), text.contents(b), b.usable());
    }

    /** 立即备份 into the backups folder, with progress and cancel. */
    public void backupNow() {
        if (work.isRunning() || rescue) {
            return;
        }
        start("backup.ui.backingUp");
        executor.submit(() -> backups.backUpNow(monitor()), made -> {
            finish(messages.get("backup.ui.made", made.file().getFileName().toString(), text.size(made.bytes())));
            refresh();
        }, this::failed);
    }

    /** The confirmation text for restoring {@code row}: what will replace what. */
    public String confirmation(Row row) {
        return messages.get("backup.ui.confirm", row.time(), row.contents());
    }

    /** Checks every entry of the backup, then hands it to the restorer; a damaged backup changes nothing. */
    public void restore(Path file) {
        if (work.isRunning() || file == null) {
            return;
        }
        start("backup.ui.checking");
        executor.submit(() -> backups.verify(file, monitor()), (BackupContents checked) -> {
            finish(messages.get("backup.ui.restoring"));
            restorer.restore(file);
        }, this::failed);
    }

    public void cancel() {
        cancelled = true;
    }

    public void back() {
        if (back != null && !work.isRunning()) {
            back.run();
        }
    }

    private void start(String key) {
        cancelled = false;
        error.set("");
        work.start(messages.get(key));
    }

    private void finish(String text) {
        work.at(1);
        work.end(text);
    }

    private void failed(Exception e) {
        work.at(0);
        if (e instanceof CancellationException) {
            work.end(messages.get("backup.ui.cancelled"));
        } else {
            work.end("");
            error.set(Failures.describe(e, messages));
        }
    }

    /** Progress from the worker thread, posted to the UI thread at most once per percent. */
    private BackupService.Progress monitor() {
        return new BackupService.Progress() {
            private int lastPercent = -1;

            @Override
            public void progress(long done, long total) {
                int percent = (int) (100 * done / Math.max(total, 1));
                if (percent != lastPercent) {
                    lastPercent = percent;
                    uiThread.execute(() -> work.at(percent / 100.0));
                }
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public List<Row> usableRows() {
        return rows.stream().filter(Row::usable).toList();
    }

    public boolean rescue() {
        return rescue;
    }

    public String folder() {
        return backups.folder().toString();
    }

    /** Backing up or checking a backup: whether it runs, how far it got, the status line. */
    public WorkProgress work() {
        return work;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}

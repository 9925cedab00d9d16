package com.logicheck.ui.backup;

import com.logicheck.i18n.Messages;
import com.logicheck.service.BackupService;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.TaskExecutor;
import com.logicheck.ui.common.ViewLoader;
import com.logicheck.ui.common.ViewLoader.View;
import java.util.concurrent.Executor;

/**
 * Builds the 备份与恢复 screen, both inside the main window and on its own when the database does not open
 * (从备份恢复 in the start-up error dialog), where there is no main window, navigator or open database.
 */
public final class BackupScreens {
    private final BackupService backups;
    private final DataFolderRestore restorer;
    private final Messages messages;
    private final Executor uiThread;
    private final Dialogs dialogs;

    public BackupScreens(BackupService backups, DataFolderRestore restorer, Messages messages, Executor uiThread,
                         Dialogs dialogs) {
        this.backups = backups;
        this.restorer = restorer;
        this.messages = messages;
        this.uiThread = uiThread;
        this.dialogs = dialogs;
    }

    /** In the main window: 立即备份 and 返回 to {@code back}. */
    public View<BackupController> screen(TaskExecutor executor, Runnable back) {
        BackupViewModel vm = new BackupViewModel(backups, restorer, messages, executor, uiThread, back, false);
        return new ViewLoader(messages.bundle()).load("backups.fxml", new BackupController(vm, messages, dialogs));
    }

    /** On its own: restore only, with the reason the database did not open. */
    public View<BackupController> rescue(TaskExecutor executor, String problem) {
        BackupViewModel vm = new BackupViewModel(backups, restorer, messages, executor, uiThread, null, true);
        View<BackupController> view = new ViewLoader(messages.bundle()).load("backups.fxml",
                new BackupController(vm, messages, dialogs));
        view.controller().explain(problem);
        return view;
    }
}

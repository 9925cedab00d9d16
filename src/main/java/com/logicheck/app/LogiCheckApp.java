package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.DatabaseKey;
import com.logicheck.persistence.DatabaseRewrite;
import com.logicheck.persistence.backup.BackupMonitor;
import com.logicheck.persistence.backup.Backups;
import com.logicheck.persistence.backup.Retention;
import com.logicheck.service.BackupService;
import com.logicheck.ui.MainWindow;
import com.logicheck.ui.SignedSheetServices;
import com.logicheck.ui.UiFonts;
import com.logicheck.ui.UiServices;
import com.logicheck.ui.WindowParts;
import com.logicheck.ui.backup.BackupScreens;
import com.logicheck.ui.backup.BackupStatus;
import com.logicheck.ui.common.BackgroundTaskExecutor;
import com.logicheck.ui.common.FxDialogs;
import com.logicheck.ui.common.ViewLoader;
import com.logicheck.ui.unlock.UnlockDialog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: opens the data folder off the UI thread (asking for the password of an encrypted one),
 * then shows the main window. A database that does not open offers 从备份恢复; a backup is made in the background once
 * the window is up when something changed since the newest (ADR 0016, 0041; exit never waits for one), and a restore
 * closes the folder, replaces it and reopens it.
 */
public final class LogiCheckApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(LogiCheckApp.class);
    /** Start-up problems a backup can cure. */
    private static final Set<String> RESTORABLE = Set.of("problem.database.damaged", "problem.database.open",
            "problem.database.migrate", "problem.encryption.marker", "problem.database.wentBack",
            "problem.database.missing", "problem.database.fault");
    private static Path dataDir;
    private static Messages messages;
    private static boolean languageGiven = true;
    private AppContext context;
    private MainWindow window;
    private Stage stage;
    private DomainException startupProblem;
    private BackgroundBackup background;
    private BackgroundTaskExecutor rescueExecutor;
    private boolean showingUncaught;

    static void launch(Path dir, Messages msgs) {
        launch(dir, msgs, true);
    }

    /** {@code languageGiven}: --lang was on the command line; otherwise 单位设置's language of this laptop applies. */
    static void launch(Path dir, Messages msgs, boolean languageGiven) {
        dataDir = dir;
        messages = msgs;
        LogiCheckApp.languageGiven = languageGiven;
        Application.launch(LogiCheckApp.class);
    }

    @Override
    public void init() {
        UiFonts.load();
        openContext();
    }

    /** Opens the folder; an encrypted one asks for its password until it is right or the user quits. */
    private void openContext() {
        startupProblem = null;
        UnlockDialog unlock = new UnlockDialog(messages);
        String[] lastError = {null};
        boolean[] quit = {false};
        while (true) {
            try {
                context = AppContext.open(dataDir, Clocks.system(), Messages.forLanguage(null), () -> {
                    Optional<char[]> typed = unlock.ask(dataDir.toString(), lastError[0]);
                    quit[0] = typed.isEmpty();
                    return typed.map(DatabaseKey::of).orElse(DatabaseKey.NONE);
                });
                if (!context.accounts().setup().needed()) {
                    // the session, before any screen and off the JavaFX thread; never in a fresh folder, where
                    // resolving would make a default organisation and user and the first-run wizard would not open
                    context.core().currentUser().resolve();
                }
                return;
            } catch (DomainException e) {
                if (quit[0]) {
                    return;
                }
                if (!e.first().key().equals("problem.database.wrongPassword")) {
                    startupProblem = e;
                    return;
                }
                lastError[0] = messages.problems(e);
            }
        }
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> uncaught(e));
        if (context == null && startupProblem == null) {
            Platform.exit(); // quit at the password prompt
            return;
        }
        if (startupProblem != null) {
            offerRestore();
            return;
        }
        showMain();
        StartupProbe.watch(stage);
        startBackgroundBackup();
    }

    /**
     * Whatever a screen did not catch: a refusal is shown as its message (one line in the log), a bug as a sentence
     * naming the log file, where its stack trace went (ADR 0030). One dialog at a time.
     */
    private void uncaught(Throwable e) {
        String text;
        if (e instanceof DomainException d) {
            LOG.info("refused: {}", d.getMessage());
            text = messages.problems(d);
        } else {
            LOG.error("unexpected failure on the UI thread", e);
            text = messages.get("common.unexpected");
        }
        if (showingUncaught) {
            return;
        }
        showingUncaught = true;
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText(messages.get("app.title"));
        alert.setOnHidden(ev -> showingUncaught = false);
        alert.show();
    }

    private void offerRestore() {
        String text = messages.problems(startupProblem);
        boolean restorable = RESTORABLE.contains(startupProblem.first().key());
        ButtonType restore = new ButtonType(messages.get("startup.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.get("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = restorable ? new Alert(Alert.AlertType.ERROR, text, restore, quit)
                : new Alert(Alert.AlertType.ERROR, text, new ButtonType(messages.get("startup.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.setHeaderText(messages.get("app.title"));
        alert.getDialogPane().setMinWidth(560);
        if (restorable && alert.showAndWait().filter(restore::equals).isPresent()) {
            showRescue(text);
        } else {
            if (!restorable) {
                alert.showAndWait();
            }
            Platform.exit();
        }
    }

    /** 从备份恢复 without a database: the backup list of the closed folder on its own. */
    private void showRescue(String problem) {
        Backups offline = new Backups(new DataDirectory(dataDir), null, AppContext.appVersion(), Clocks.system(),
                Retention.DEFAULT);
        rescueExecutor = new BackgroundTaskExecutor(Platform::runLater);
        var view = new BackupScreens(new BackupService(offline), this::restoreAndReopen, messages, Platform::runLater,
                new FxDialogs(messages)).rescue(rescueExecutor, problem);
        setScene(view.root());
        stage.setTitle(messages.get("app.title"));
        stage.show();
    }

    private void showMain() {
        if (!languageGiven) {
            messages = Messages.forLanguage(context.settings().organisation().language());
        }
        UiServices services = services(context, messages);
        WindowParts parts = WindowParts.all(ScreenParts.accounts(context, context.clock()),
                new BackupScreens(context.backup().service(), this::restoreAndReopen, messages, Platform::runLater,
                        services.dialogs()),
                ScreenParts.sync(context), ScreenParts.desk(context), context.settings().organisation());
        SignedSheetServices sheets = ScreenParts.sheets(context,
                file -> getHostServices().showDocument(file.toUri().toString()), messages, ScreenParts.systemPrinters());
        window = new MainWindow(services, sheets, parts, new BackgroundTaskExecutor(Platform::runLater));
        window.show(stage);
    }

    private void setScene(Parent root) {
        Scene scene = new Scene(root, 1100, 700);
        scene.getStylesheets().add(ViewLoader.themeUrl());
        stage.setScene(scene);
    }

    /** Closes whatever is open, restores {@code backup} off the UI thread, then opens the folder again. */
    private void restoreAndReopen(Path backup) {
        Parent root = stage.getScene().getRoot();
        root.setDisable(true);
        stage.getScene().setCursor(Cursor.WAIT);
        closeContext();
        Thread worker = new Thread(() -> {
            Backups.BackupFile before = null;
            DomainException failure = null;
            try {
                before = RestoreCommand.restore(dataDir, backup, BackupMonitor.NONE);
            } catch (DomainException e) {
                failure = e;
            }
            Backups.BackupFile saved = before;
            DomainException failed = failure;
            openContext();
            Platform.runLater(() -> reopened(saved, failed));
        }, "logicheck-restore");
        worker.start();
    }

    private void reopened(Backups.BackupFile before, DomainException failure) {
        if (rescueExecutor != null) {
            rescueExecutor.close();
            rescueExecutor = null;
        }
        if (context == null) {
            if (startupProblem == null) {
                Platform.exit();
                return;
            }
            showRescue(messages.problems(failure != null ? failure : startupProblem));
            return;
        }
        showMain();
        stage.sizeToScene();
        stage.centerOnScreen();
        ButtonType ok = new ButtonType(messages.get("startup.ok"), ButtonBar.ButtonData.OK_DONE);
        Alert done = failure != null ? new Alert(Alert.AlertType.ERROR, messages.problems(failure), ok)
                : new Alert(Alert.AlertType.INFORMATION, messages.get("backup.done.text", before.file().getFileName()), ok);
        done.setHeaderText(messages.get(failure != null ? "app.title" : "backup.done.title"));
        done.initOwner(stage);
        done.show();
    }

    /**
     * The backup at start, in the background at the lowest priority once the window is up (ADR 0041), after
     * removing what an unfinished backup or rewrite left; the window's corner says how it goes.
     */
    private void startBackgroundBackup() {
        BackupStatus status = new BackupStatus(messages);
        window.showStatus(status);
        DataDirectory folder = context.core().dataDirectory();
        background = new BackgroundBackup(context.backup().service(), () -> DatabaseRewrite.removeLeftovers(folder),
                Platform::runLater, status, messages);
        background.start();
    }

    /**
     * Saves what is pending, abandons a background backup (exit never waits for one: it is due again at the next
     * start, ADR 0041) and closes the folder.
     */
    private void closeContext() {
        if (window != null) {
            window.close();
            window = null;
        }
        if (background != null) {
            background.abandon(Duration.ofSeconds(1));
            background = null;
        }
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** The screens' services, also used by the benchmark to build the real main window. */
    public static UiServices services(AppContext context, Messages messages) {
        return ScreenParts.services(context, messages, context.clock(), new FxDialogs(messages));
    }

    @Override
    public void stop() {
        if (rescueExecutor != null) {
            rescueExecutor.close();
        }
        closeContext();
    }
}

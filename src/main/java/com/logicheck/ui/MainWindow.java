package com.logicheck.ui;

import com.logicheck.domain.inspection.CheckIn;
import com.logicheck.domain.org.PlaceCode;
import com.logicheck.domain.org.PlaceCode.How;
import com.logicheck.ui.WindowParts.Feature;
import com.logicheck.ui.account.IdleLockModel;
import com.logicheck.ui.backup.BackupScreens;
import com.logicheck.ui.backup.BackupStatus;
import com.logicheck.ui.checklist.ChecklistController;
import com.logicheck.ui.common.Displays;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.ScanFilter;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.Styles;
import com.logicheck.ui.common.TaskExecutor;
import com.logicheck.ui.common.ViewLoader;
import com.logicheck.ui.common.ViewLoader.View;
import com.logicheck.ui.home.HomeController;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window and its {@link Navigator}: one scene whose content is swapped between 首页, 新建检查, 检查表
 * and 汇总. The screen being left is told first, so a note still being typed is saved; closing the window
 * waits for queued saves before the data folder is closed.
 */
public final class MainWindow implements Navigator {
    private static final double WIDTH = 1360;
    private static final double HEIGHT = 860;
    /** 扫码/输入点位码: type a place's short code by hand. */
    private static final KeyCombination TYPE_CODE = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private final UiServices services;
    private final WindowParts parts;
    private final TaskExecutor executor;
    private final ScreenFactory screens;
    private final StackPane content = new StackPane();
    private final BackupScreens backupScreens;
    private final StackPane root = new StackPane(content);
    private final AccountGuard guard;
    private View<? extends Screen> current;
    private final PlaceScans scans;

    /**
     * {@code parts}: log-in, backups, sync, desk and settings, and which of them this window offers ({@link WindowParts});
     * the app passes a background executor, tests a synchronous executor.
     */
    public MainWindow(UiServices services, SignedSheetServices sheets, WindowParts parts, TaskExecutor executor) {
        this.parts = parts;
        this.backupScreens = parts.backups();
        this.services = services;
        this.executor = executor;
        this.screens = new ScreenFactory(services, sheets, parts, executor, this);
        this.scans = new PlaceScans(services.placeCodes(), services.currentUser(), services.dialogs(), services.messages());
        content.getStyleClass().add("main-content");
        // without accounts offered there is nobody to log in and nothing to lock: no guard
        this.guard = !parts.offers(Feature.ACCOUNTS) ? null : new AccountGuard(parts.accounts(), services.currentUser(),
                screens, root, this::leaveCurrent);
    }

    public void show(Stage stage) {
        Rectangle2D screen = Displays.primaryBounds();
        Scene scene = new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(ViewLoader.themeUrl());
        stage.setTitle(services.messages().get("app.title"));
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(640, screen.getHeight()));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> leaveCurrent());
        ScanFilter.attach(scene, System::nanoTime, PlaceCode::looksLikeToken, code -> placeCode(code, How.SCANNED));
        scene.getAccelerators().put(TYPE_CODE, () -> scans.askCode(scene.getWindow())
                .ifPresent(code -> placeCode(code, How.TYPED)));
        if (guard == null) {
            home();
        } else {
            guard.attach(scene);
            switchTo(guard.firstScreen());
        }
        stage.show();
    }

    /**
     * A quiet line under the screens (the background backup's 正在备份… / 备份完成 / 备份失败：…, ADR 0041): it takes
     * room only while it has something to say (备份完成 is cleared after a few seconds; a failure stays, as a warning).
     */
    public void showStatus(BackupStatus status) {
        Label line = new Label();
        line.textProperty().bind(status.text());
        line.getStyleClass().addAll("backup-status", Styles.MUTED);
        line.setMaxWidth(Double.MAX_VALUE);
        line.setAlignment(Pos.CENTER_RIGHT);
        line.setPadding(new Insets(2, 12, 2, 12));
        status.failed().addListener((o, was, is) -> {
            line.getStyleClass().removeAll(Styles.MUTED, Styles.WARNING_TEXT);
            line.getStyleClass().add(Boolean.TRUE.equals(is) ? Styles.WARNING_TEXT : Styles.MUTED);
        });
        line.visibleProperty().bind(Bindings.isNotEmpty(line.textProperty()));
        line.managedProperty().bind(line.visibleProperty());
        int at = root.getChildren().indexOf(content); // under the lock pane, which stays on top
        VBox column = new VBox();
        root.getChildren().set(at, column);
        column.getChildren().setAll(content, line);
        VBox.setVgrow(content, Priority.ALWAYS);
    }

    /** The screen to show, or 登录 instead while a log-in is needed and nobody is logged in. */
    private void show(Supplier<View<? extends Screen>> screen) {
        switchTo(guard != null && guard.logInNeeded() ? screens.logIn() : screen.get());
    }

    @Override
    public void home() {
        show(() -> screens.home());
    }

    @Override
    public void newInspection() {
        show(() -> screens.newInspection());
    }

    @Override
    public void newInspectionAt(UUID placeId) {
        show(() -> screens.newInspection(placeId));
    }

    @Override
    public void checklist(UUID inspectionId, UUID focusItemId) {
        // the check-in of a code scanned on 首页 for this new sheet is written first, so the sheet opens with it
        Optional<CheckIn> arrived = scans.opened(inspectionId, root.getScene() == null ? null : root.getScene().getWindow());
        show(() -> screens.checklist(inspectionId, focusItemId));
        if (arrived.isPresent() && current != null && current.controller() instanceof ChecklistController sheet) {
            sheet.told(scans.told(arrived.get()));
        }
    }

    /**
     * A place code scanned or typed (扫码/输入点位码): during a sheet a check-in on it; on 首页 the user's draft at
     * the place is resumed, or a new sheet is started there; on any other screen it is told where to scan, and
     * nothing changes.
     */
    void placeCode(String code, How how) {
        if (current == null || guard != null && guard.logInNeeded()) {
            return;
        }
        var owner = root.getScene().getWindow();
        if (current.controller() instanceof ChecklistController sheet) {
            if (scans.onSheet(sheet.sheetId(), code, how, owner) == PlaceScans.Outcome.CHECKED_IN) {
                scans.checkIns(sheet.sheetId()).stream().reduce((a, b) -> b).ifPresent(c -> sheet.told(scans.told(c)));
            }
        } else if (current.controller() instanceof HomeController) {
            scans.atHome(code, how, this, owner);
        } else {
            scans.elsewhere(owner);
        }
    }

    @Override
    public void summary(UUID inspectionId) {
        show(() -> screens.summary(inspectionId));
    }

    @Override
    public void assessment() {
        show(() -> screens.assessment());
    }

    @Override
    public void assessment(UUID providerId, YearMonth month) {
        show(() -> screens.assessment(providerId, month));
    }

    @Override
    public void monthEntries(UUID providerId, YearMonth month) {
        show(() -> screens.monthEntries(providerId, month));
    }

    @Override
    public void sign(UUID inspectionId) {
        show(() -> screens.signing(inspectionId));
    }

    @Override
    public void batchExport() {
        show(() -> screens.batchExport());
    }

    @Override
    public void reports() {
        show(() -> screens.reports());
    }

    @Override
    public void verify() {
        show(() -> screens.verify());
    }

    @Override
    public void referenceData() {
        show(() -> screens.referenceData());
    }

    @Override
    public void logIn() {
        switchTo(screens.logIn());
    }

    @Override
    public void users() {
        show(() -> screens.users());
    }

    /** The idle lock (tests drive its clock); null without accounts. */
    IdleLockModel idleLock() {
        return guard == null ? null : guard.lock();
    }

    @Override
    public void lock() {
        if (guard != null) {
            guard.lock().lock();
        }
    }

    @Override
    public void templates() {
        show(() -> screens.templates());
    }

    @Override
    public void templateEditor(String code) {
        show(() -> screens.templateEditor(code));
    }

    public void backups() {
        if (parts.offers(Feature.BACKUPS)) {
            show(() -> backupScreens.screen(executor, this::home));
        }
    }

    @Override
    public void sync() {
        show(() -> screens.sync());
    }

    @Override
    public void syncConflicts() {
        show(() -> screens.syncConflicts());
    }

    @Override
    public void desk() {
        show(() -> screens.desk());
    }

    @Override
    public void raiseOrders(UUID inspectionId) {
        show(() -> screens.raiseOrders(inspectionId));
    }

    @Override
    public void plans() {
        show(() -> screens.plans());
    }

    @Override
    public void settings() {
        if (screens.hasSettings()) {
            show(() -> screens.settings());
        }
    }

    private void switchTo(View<? extends Screen> view) {
        leaveCurrent();
        current = view;
        content.getChildren().setAll(view.root());
        // skins (a TabPane's tab content, for one) exist only after CSS: without this pass a screen's shown() asks
        // for focus on a node not yet in the scene, the request is dropped, and the window then gives the focus
        // to its first button (the desk opened on 层级检查 instead of its table); the layout waits for the pulse
        view.root().applyCss();
        view.controller().shown();
    }

    private void leaveCurrent() {
        if (current != null) {
            current.controller().leaving();
        }
    }

    /** Saves what is pending and waits for the queued saves; call before closing the data folder. */
    public void close() {
        if (guard != null) {
            guard.stop();
        }
        leaveCurrent();
        current = null;
        executor.drain(Duration.ofSeconds(30));
        executor.close();
    }
}

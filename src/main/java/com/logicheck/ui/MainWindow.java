package com.logicheck.ui;

import com.logicheck.ui.checklist.FilePhotoChooser;
import com.logicheck.ui.checklist.PhotoChooser;
import com.logicheck.ui.common.BackgroundTaskExecutor;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.TaskExecutor;
import com.logicheck.ui.common.ViewLoader;
import com.logicheck.ui.common.ViewLoader.View;
import java.time.Duration;
import java.util.UUID;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The main window and its {@link Navigator}: one scene whose content is swapped between 首页, 新建检查, 检查表
 * and 汇总. The screen being left is told first, so a note still being typed is saved; closing the window
 * waits for queued saves before the data folder is closed.
 */
public final class MainWindow implements Navigator {
    private static final double WIDTH = 1360;
    private static final double HEIGHT = 860;
    private final UiServices services;
    private final TaskExecutor executor;
    private final ScreenFactory screens;
    private final StackPane content = new StackPane();
    private View<? extends Screen> current;

    public MainWindow(UiServices services, SignedSheetServices sheets) {
        this(services, sheets, new BackgroundTaskExecutor(Platform::runLater), new FilePhotoChooser(services.messages()));
    }

    public MainWindow(UiServices services, SignedSheetServices sheets, TaskExecutor executor, PhotoChooser photoChooser) {
        this(services, sheets, null, executor, photoChooser);
    }

    /** With the desk's services (整改台账, 层级检查); without them those screens are not available. */
    public MainWindow(UiServices services, SignedSheetServices sheets, DeskServices desk) {
        this(services, sheets, desk, new BackgroundTaskExecutor(Platform::runLater), new FilePhotoChooser(services.messages()));
    }

    public MainWindow(UiServices services, SignedSheetServices sheets, DeskServices desk, TaskExecutor executor,
                      PhotoChooser photoChooser) {
        this.services = services;
        this.executor = executor;
        this.screens = new ScreenFactory(services, sheets, desk, executor, this, photoChooser);
        content.getStyleClass().add("main-content");
    }

    public void show(Stage stage) {
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(content, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(ViewLoader.themeUrl());
        stage.setTitle(services.messages().get("app.title"));
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(640, screen.getHeight()));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> leaveCurrent());
        home();
        stage.show();
    }

    @Override
    public void home() {
        switchTo(screens.home());
    }

    @Override
    public void newInspection() {
        switchTo(screens.newInspection());
    }

    @Override
    public void checklist(UUID inspectionId, UUID focusItemId) {
        switchTo(screens.checklist(inspectionId, focusItemId));
    }

    @Override
    public void summary(UUID inspectionId) {
        switchTo(screens.summary(inspectionId));
    }

    @Override
    public void assessment() {
        switchTo(screens.assessment());
    }

    @Override
    public void sign(UUID inspectionId) {
        switchTo(screens.signing(inspectionId));
    }

    @Override
    public void batchExport() {
        switchTo(screens.batchExport());
    }

    @Override
    public void verify() {
        switchTo(screens.verify());
    }

    // --- desk ---

    @Override
    public void desk() {
        switchTo(screens.desk());
    }

    @Override
    public void plans() {
        switchTo(screens.plans());
    }

    private void switchTo(View<? extends Screen> view) {
        leaveCurrent();
        current = view;
        content.getChildren().setAll(view.root());
        view.controller().shown();
    }

    private void leaveCurrent() {
        if (current != null) {
            current.controller().leaving();
        }
    }

    /** Saves what is pending and waits for the queued saves; call before closing the data folder. */
    public void close() {
        leaveCurrent();
        current = null;
        executor.drain(Duration.ofSeconds(30));
        executor.close();
    }
}

package com.logicheck.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder main window; replaced by the real screens. */
public final class MainWindow {
    private final UiServices services;

    public MainWindow(UiServices services) {
        this.services = services;
    }

    public void show(Stage stage) {
        stage.setTitle(services.messages().get("app.title"));
        stage.setScene(new Scene(new Label(services.messages().get("app.title")), 800, 600));
        stage.show();
    }
}

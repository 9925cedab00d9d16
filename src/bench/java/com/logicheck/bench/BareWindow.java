package com.logicheck.bench;

import com.logicheck.app.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up baseline: the smallest JavaFX application with a window (a label in an 800×600 stage), reporting
 * through the same {@link StartupProbe} as the app. Launched like the app: a plain main class that calls
 * {@link Application#launch}, JavaFX on the class path.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application class itself. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("bare");
            stage.setScene(new Scene(new Label("bare JavaFX window"), 800, 600));
            stage.show();
            StartupProbe.watch(stage);
        }
    }
}

package com.logicheck.ui;

import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.ViewLoader;
import com.logicheck.ui.common.ViewLoader.View;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts one screen on a TestFX stage the way the main window does: theme, font, size, {@code shown()}. */
public final class FxScreens {
    private FxScreens() {
    }

    public static ScreenFactory factory(UiFixture fx, Navigator navigator) {
        return factory(fx, navigator, new QueuedDialogs());
    }

    public static ScreenFactory factory(UiFixture fx, Navigator navigator, QueuedDialogs dialogs) {
        return TestWindows.of(fx).dialogs(dialogs).navigator(navigator).screens();
    }

    public static <C extends Screen> C show(Stage stage, View<C> view) {
        UiFonts.load();
        Scene scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().add(ViewLoader.themeUrl());
        stage.setScene(scene);
        stage.show();
        view.controller().shown();
        return view.controller();
    }
}

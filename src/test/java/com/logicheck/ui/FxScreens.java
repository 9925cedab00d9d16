package com.logicheck.ui;

import com.logicheck.ui.checklist.PhotoChooser;
import com.logicheck.ui.common.DocumentOpener;
import com.logicheck.ui.common.FileDialogs;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.Screen;
import com.logicheck.ui.common.ViewLoader;
import com.logicheck.ui.common.ViewLoader.View;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Puts one screen on a TestFX stage the way the main window does: theme, font, size, {@code shown()}. */
public final class FxScreens {
    private FxScreens() {
    }

    public static ScreenFactory factory(UiFixture fx, Navigator navigator, PhotoChooser chooser) {
        return factory(fx, navigator, chooser, new QueuedFiles());
    }

    public static ScreenFactory factory(UiFixture fx, Navigator navigator, PhotoChooser chooser, QueuedFiles files) {
        return TestWindows.of(fx).sheets(fx.sheetServices(files, files)).navigator(navigator).photos(chooser).screens();
    }

    /** File dialogs that hand over what the test queued, and a viewer that only records what it was asked to open. */
    public static final class QueuedFiles implements FileDialogs,
            DocumentOpener {
        public Path folder;
        public final List<Path> pdfs = new ArrayList<>();
        public Path image;
        public final List<Path> opened = new ArrayList<>();

        @Override
        public Optional<Path> chooseFolder(Window owner) {
            return Optional.ofNullable(folder);
        }

        @Override
        public List<Path> choosePdfs(Window owner) {
            List<Path> out = List.copyOf(pdfs);
            pdfs.clear();
            return out;
        }

        @Override
        public Optional<Path> chooseSignatureImage(Window owner) {
            return Optional.ofNullable(image);
        }

        @Override
        public void open(Path file) {
            opened.add(file);
        }
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

    /** A photo chooser that hands over whatever the test queued. */
    public static final class QueuedPhotos implements PhotoChooser {
        public final List<Path> next = new ArrayList<>();

        @Override
        public List<Path> choose(Window owner) {
            List<Path> files = List.copyOf(next);
            next.clear();
            return files;
        }
    }
}

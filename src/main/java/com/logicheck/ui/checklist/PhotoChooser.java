package com.logicheck.ui.checklist;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;

/** Asks the user for photo files; the real one is a file dialog, tests hand in files directly. */
@FunctionalInterface
public interface PhotoChooser {

    /** The chosen files, empty when cancelled. */
    List<Path> choose(Window owner);
}

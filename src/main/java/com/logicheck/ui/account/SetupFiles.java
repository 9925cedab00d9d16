package com.logicheck.ui.account;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The first-run wizard's file choosers; the app passes the platform's, tests pass queued answers. */
public interface SetupFiles {

    /** A logo image (PNG, JPEG). */
    Optional<Path> chooseLogo(Window owner);

    /** A filled-in place or provider table (.xlsx or .csv). */
    Optional<Path> chooseTable(Window owner);

    /** Where to write the example files. */
    Optional<Path> chooseFolder(Window owner);
}

package com.logicheck.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** The file and folder choosers of the signing, export and verify screens; tests hand over queued answers. */
public interface FileDialogs {

    /** A folder to export into (starts at the last one chosen). */
    Optional<Path> chooseFolder(Window owner);

    /** Signed sheet PDFs to verify. */
    List<Path> choosePdfs(Window owner);

    /** A stored signature image (PNG). */
    Optional<Path> chooseSignatureImage(Window owner);
}

package com.logicheck.ui.entries;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The file choosers and the confirmation of the entry screens; the app uses the platform's, tests hand over queued answers. */
public interface EntryFiles {

    /** Where to save the blank survey form, starting with {@code suggestedName}. */
    Optional<Path> saveWorkbook(Window owner, String suggestedName);

    /** A filled survey form to import. */
    Optional<Path> openWorkbook(Window owner);

    /** An evidence file for a veto event (scan, report, photo). */
    Optional<Path> chooseEvidence(Window owner);

    /** Asks before something is replaced or taken back; true when the user agrees. */
    boolean confirm(Window owner, String question);
}

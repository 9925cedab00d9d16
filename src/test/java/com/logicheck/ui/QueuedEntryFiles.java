package com.logicheck.ui;

import com.logicheck.ui.entries.EntryFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** Entry-screen dialogs that hand over what the test queued and answer every confirmation with {@link #agree}. */
public final class QueuedEntryFiles implements EntryFiles {
    public Path save;
    public Path open;
    public Path evidence;
    public boolean agree = true;
    public final List<String> asked = new ArrayList<>();

    @Override
    public Optional<Path> saveWorkbook(Window owner, String suggestedName) {
        return Optional.ofNullable(save);
    }

    @Override
    public Optional<Path> openWorkbook(Window owner) {
        return Optional.ofNullable(open);
    }

    @Override
    public Optional<Path> chooseEvidence(Window owner) {
        return Optional.ofNullable(evidence);
    }

    @Override
    public boolean confirm(Window owner, String question) {
        asked.add(question);
        return agree;
    }
}

package com.logicheck.ui.entries;

import com.logicheck.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link EntryFiles} with the platform's choosers; remembers the folder last used in this session. */
public final class FxEntryFiles implements EntryFiles {
    private final Messages messages;
    private Path lastFolder;

    public FxEntryFiles(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<Path> saveWorkbook(Window owner, String suggestedName) {
        FileChooser chooser = chooser("entries.dialog.saveForm", true);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> openWorkbook(Window owner) {
        return remember(chooser("entries.dialog.openForm", true).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseEvidence(Window owner) {
        return remember(chooser("entries.dialog.evidence", false).showOpenDialog(owner));
    }

    @Override
    public boolean confirm(Window owner, String question) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                question, ButtonType.OK, ButtonType.CANCEL);
        ask.setHeaderText(null);
        ask.setTitle(messages.get("entries.dialog.confirm"));
        if (owner != null) {
            ask.initOwner(owner);
        }
        return ask.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    private FileChooser chooser(String title, boolean excel) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(title));
        if (excel) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx", "*.XLSX"));
        }
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.toPath().toAbsolutePath().getParent();
        return Optional.of(file.toPath());
    }
}

package com.logicheck.ui.entries;

import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.LastFolder;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link EntryFiles} with the platform's choosers; remembers the folder last used in this session. */
public final class FxEntryFiles implements EntryFiles {
    private final Messages messages;
    private final LastFolder lastFolder = new LastFolder();

    public FxEntryFiles(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<Path> saveWorkbook(Window owner, String suggestedName) {
        FileChooser chooser = chooser("entries.dialog.saveForm", true);
        chooser.setInitialFileName(suggestedName);
        return lastFolder.file(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> openWorkbook(Window owner) {
        return lastFolder.file(chooser("entries.dialog.openForm", true).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseEvidence(Window owner) {
        return lastFolder.file(chooser("entries.dialog.evidence", false).showOpenDialog(owner));
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
        return lastFolder.startIn(chooser);
    }
}

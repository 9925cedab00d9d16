package com.logicheck.ui.templates;

import com.logicheck.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link WorkbookDialogs} with the platform's file chooser and a text input dialog. */
public final class FxWorkbookDialogs implements WorkbookDialogs {
    private final Messages messages;

    public FxWorkbookDialogs(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<Path> openWorkbook(Window owner) {
        File f = chooser().showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> saveWorkbook(Window owner, String fileName) {
        FileChooser chooser = chooser();
        chooser.setInitialFileName(fileName);
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<String> askTitle(Window owner, String header, String suggestion) {
        TextInputDialog dialog = new TextInputDialog(suggestion);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("app.title"));
        dialog.setHeaderText(header);
        dialog.setContentText(messages.get("editor.dialog.title"));
        return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("editor.dialog.workbook"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx", "*.XLSX"));
        return chooser;
    }
}

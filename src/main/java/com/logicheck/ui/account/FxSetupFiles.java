package com.logicheck.ui.account;

import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.LastFolder;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link SetupFiles} with the platform's choosers, starting in the folder used last. */
public final class FxSetupFiles implements SetupFiles {
    private final Messages messages;
    private final LastFolder lastFolder = new LastFolder();

    public FxSetupFiles(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseLogo(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("setup.dialog.logo"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("setup.dialog.images"),
                "*.png", "*.PNG", "*.jpg", "*.JPG", "*.jpeg", "*.gif", "*.bmp"));
        return open(chooser, owner);
    }

    @Override
    public Optional<Path> chooseTable(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("setup.dialog.table"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("setup.dialog.tables"),
                "*.xlsx", "*.XLSX", "*.csv", "*.CSV"));
        return open(chooser, owner);
    }

    @Override
    public Optional<Path> chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("setup.dialog.folder"));
        return lastFolder.folder(lastFolder.startIn(chooser).showDialog(owner));
    }

    private Optional<Path> open(FileChooser chooser, Window owner) {
        return lastFolder.file(lastFolder.startIn(chooser).showOpenDialog(owner));
    }
}

package com.logicheck.ui.common;

import com.logicheck.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogs} with the platform's choosers; remembers the last folder used in this session. */
public final class FxFileDialogs implements FileDialogs {
    private final Messages messages;
    private final LastFolder lastFolder = new LastFolder();

    public FxFileDialogs(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("signing.dialog.folder"));
        return lastFolder.folder(lastFolder.startIn(chooser).showDialog(owner));
    }

    @Override
    public List<Path> choosePdfs(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("signing.dialog.pdfs"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf", "*.PDF"));
        return lastFolder.files(lastFolder.startIn(chooser).showOpenMultipleDialog(owner));
    }

    @Override
    public Optional<Path> chooseSignatureImage(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("signing.dialog.image"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png", "*.PNG"));
        File f = lastFolder.startIn(chooser).showOpenDialog(owner); // an image does not move the export folder
        return Optional.ofNullable(f).map(File::toPath);
    }
}

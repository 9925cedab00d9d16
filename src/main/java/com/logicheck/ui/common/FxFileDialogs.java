package com.logicheck.ui.common;

import com.logicheck.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogs} with the platform's choosers; remembers the last folder used in this session. */
public final class FxFileDialogs implements FileDialogs {
    private final Messages messages;
    private Path lastFolder;

    public FxFileDialogs(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("signing.dialog.folder"));
        start(chooser::setInitialDirectory);
        File f = chooser.showDialog(owner);
        return remember(f == null ? null : f.toPath());
    }

    @Override
    public List<Path> choosePdfs(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("signing.dialog.pdfs"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf", "*.PDF"));
        start(chooser::setInitialDirectory);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        remember(files.get(0).toPath().getParent());
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseSignatureImage(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("signing.dialog.image"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png", "*.PNG"));
        start(chooser::setInitialDirectory);
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    private void start(Consumer<File> setter) {
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            setter.accept(lastFolder.toFile());
        }
    }

    private Optional<Path> remember(Path folder) {
        if (folder != null) {
            lastFolder = folder;
        }
        return Optional.ofNullable(folder);
    }
}

package com.logicheck.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** The folder the user last chose in, this session: the platform's choosers start there next time. */
public final class LastFolder {
    private Path folder;

    /** Lets {@code chooser} start in the last folder, if it still exists. */
    public FileChooser startIn(FileChooser chooser) {
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    /** Lets {@code chooser} start in the last folder, if it still exists. */
    public DirectoryChooser startIn(DirectoryChooser chooser) {
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    /** A chosen file (null when the user cancelled); its folder is remembered. */
    public Optional<Path> file(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        folder = chosen.toPath().toAbsolutePath().getParent();
        return Optional.of(chosen.toPath());
    }

    /** Chosen files (null or empty when the user cancelled); the first one's folder is remembered. */
    public List<Path> files(List<File> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return List.of();
        }
        file(chosen.get(0));
        return chosen.stream().map(File::toPath).toList();
    }

    /** A chosen folder (null when the user cancelled), remembered itself. */
    public Optional<Path> folder(File chosen) {
        if (chosen != null) {
            folder = chosen.toPath();
        }
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}

package com.logicheck.ui.checklist;

import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.LastFolder;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file dialog for evidence photos: images first, any file allowed (the store refuses non-images). */
public final class FilePhotoChooser implements PhotoChooser {
    private final Messages messages;
    private final LastFolder lastFolder = new LastFolder();

    public FilePhotoChooser(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Path> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("checklist.photo.choose"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(messages.get("checklist.photo.images"),
                        "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp", "*.JPG", "*.JPEG", "*.PNG"),
                new FileChooser.ExtensionFilter(messages.get("checklist.photo.allFiles"), "*.*"));
        return lastFolder.files(lastFolder.startIn(chooser).showOpenMultipleDialog(owner));
    }
}

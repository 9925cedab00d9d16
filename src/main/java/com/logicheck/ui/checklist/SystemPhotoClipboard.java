package com.logicheck.ui.checklist;

import com.logicheck.service.SheetPhotos;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.input.Clipboard;

/** The system clipboard as {@link PhotoClipboard}: read on the FX thread when Ctrl+V is pressed. */
final class SystemPhotoClipboard implements PhotoClipboard {
    @Override
    public List<Path> files() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasFiles() ? clipboard.getFiles().stream().map(File::toPath).toList() : List.of();
    }

    @Override
    public Optional<SheetPhotos.PastedImage> image() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        Image image = clipboard.hasImage() ? clipboard.getImage() : null;
        if (image == null || image.getPixelReader() == null || image.getWidth() < 1 || image.getHeight() < 1) {
            return Optional.empty();
        }
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return Optional.of(new SheetPhotos.PastedImage(w, h, argb));
    }
}

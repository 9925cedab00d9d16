package com.logicheck.ui.checklist;

import com.logicheck.service.SheetPhotos;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What Ctrl+V on an item can attach: image files copied in the file manager, or an image (a screenshot, a picture
 * copied from a viewer). The app reads the system clipboard ({@link SystemPhotoClipboard}); tests pass a fake.
 */
interface PhotoClipboard {
    /** Files on the clipboard (empty: none). */
    List<Path> files();

    /** The image on the clipboard, as pixels, if there is one. */
    Optional<SheetPhotos.PastedImage> image();
}

package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.PhotoStore.Photo;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * The photos of a draft sheet (现场照片) as the checklist screen uses them: list, attach, remove. The store checks
 * the image and that the sheet is still a draft; this hands the screen {@link SheetPhoto}s, not the store's rows.
 */
public final class SheetPhotos {
    /** The name a pasted image is stored under (its original name on the sheet). */
    static final String PASTED = "粘贴的图片.png";
    private final PhotoStore store;

    public SheetPhotos(PhotoStore store) {
        this.store = store;
    }

    /** The sheet's photos in the order they were taken. */
    public List<SheetPhoto> photos(UUID inspectionId) {
        return store.photos(inspectionId).stream().map(SheetPhotos::photo).toList();
    }

    /**
     * Checks and stores the image at {@code source} (chosen, dropped or pasted as a file) and attaches it to the item,
     * timed when it was taken: EXIF, else the file's time. The same photo twice on a sheet is refused.
     */
    public SheetPhoto attach(UUID inspectionId, UUID itemId, Path source, UUID placeId, UUID actorId) {
        return photo(store.attachFile(inspectionId, itemId, source, placeId, actorId));
    }

    /** An image pasted from the clipboard: its pixels (ARGB, row by row), stored as a PNG. */
    public record PastedImage(int width, int height, int[] argb) {
    }

    /**
     * Attaches an image pasted from the clipboard, timed at the paste (it has no file and no EXIF). It is written as
     * a PNG named {@code 粘贴-<time>.png} and then checked and stored like any photo.
     */
    public SheetPhoto attachPasted(UUID inspectionId, UUID itemId, PastedImage image, UUID placeId, UUID actorId) {
        if (image.width() <= 0 || image.height() <= 0 || image.argb().length != image.width() * image.height()) {
            throw new DomainException(Problem.of("problem.photo.notImage", PASTED));
        }
        BufferedImage pixels = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_ARGB);
        pixels.setRGB(0, 0, image.width(), image.height(), image.argb(), 0, image.width());
        Path dir = null;
        try {
            dir = Files.createTempDirectory("logicheck-paste");
            Path file = dir.resolve(PASTED);
            ImageIO.write(pixels, "png", file.toFile());
            return photo(store.attach(inspectionId, itemId, file, placeId, actorId));
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.photo.cannotStore", PASTED, e.getMessage()));
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            Files.deleteIfExists(dir.resolve(PASTED));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }

    public void remove(UUID inspectionId, UUID photoId, UUID actorId) {
        store.remove(inspectionId, photoId, actorId);
    }

    private static SheetPhoto photo(Photo p) {
        return new SheetPhoto(p.id(), p.itemId(), p.file(), p.thumbnail(), p.originalName(), p.width(), p.height(),
                p.takenAt());
    }
}

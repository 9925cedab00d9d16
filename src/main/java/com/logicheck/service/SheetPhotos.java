package com.logicheck.service;

import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.PhotoStore.Photo;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The photos of a draft sheet (现场照片) as the checklist screen uses them: list, attach, remove. The store checks
 * the image and that the sheet is still a draft; this hands the screen {@link SheetPhoto}s, not the store's rows.
 */
public final class SheetPhotos {
    private final PhotoStore store;

    public SheetPhotos(PhotoStore store) {
        this.store = store;
    }

    /** The sheet's photos in the order they were taken. */
    public List<SheetPhoto> photos(UUID inspectionId) {
        return store.photos(inspectionId).stream().map(SheetPhotos::photo).toList();
    }

    /** Checks and stores the image at {@code source} and attaches it to the item. */
    public SheetPhoto attach(UUID inspectionId, UUID itemId, Path source, UUID placeId, UUID actorId) {
        return photo(store.attach(inspectionId, itemId, source, placeId, actorId));
    }

    public void remove(UUID inspectionId, UUID photoId, UUID actorId) {
        store.remove(inspectionId, photoId, actorId);
    }

    private static SheetPhoto photo(Photo p) {
        return new SheetPhoto(p.id(), p.itemId(), p.file(), p.thumbnail(), p.originalName(), p.width(), p.height(),
                p.takenAt());
    }
}

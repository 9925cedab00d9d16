package com.logicheck.ui.checklist;

import com.logicheck.i18n.Messages;
import com.logicheck.service.SheetPhoto;
import com.logicheck.service.SheetPhotos;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The sheet's evidence photos (照片) by item. Attaching checks and copies the file in the background; a file
 * that is not an image or is too large is refused with the store's message next to the photos.
 */
final class PhotoShelf {
    private final SheetPhotos store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final UUID actorId;
    private final UUID inspectionId;
    private final ItemEditorModel editor;
    private final List<SheetPhoto> all = new ArrayList<>();

    PhotoShelf(SheetPhotos store, TaskExecutor executor, Messages messages, UUID actorId, UUID inspectionId,
               ItemEditorModel editor) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.actorId = actorId;
        this.inspectionId = inspectionId;
        this.editor = editor;
    }

    /** Reads the photos from the store (background). */
    List<SheetPhoto> fetch() {
        return store.photos(inspectionId);
    }

    void setAll(List<SheetPhoto> photos) {
        all.clear();
        all.addAll(photos);
    }

    List<SheetPhoto> of(UUID itemId) {
        return all.stream().filter(p -> p.itemId().equals(itemId)).toList();
    }

    void attach(UUID itemId, UUID placeId, List<Path> files) {
        editor.setPhotoError("");
        for (Path file : files) {
            executor.submit(() -> store.attach(inspectionId, itemId, file, placeId, actorId), photo -> added(itemId, photo),
                    e -> editor.setPhotoError(Failures.describe(e, messages)));
        }
    }

    /** A pasted image, attached in the background like a file; refused (too large, the same twice) with the reason. */
    void attachPasted(UUID itemId, UUID placeId, SheetPhotos.PastedImage image) {
        editor.setPhotoError("");
        executor.submit(() -> store.attachPasted(inspectionId, itemId, image, placeId, actorId), photo -> added(itemId, photo),
                e -> editor.setPhotoError(Failures.describe(e, messages)));
    }

    private void added(UUID itemId, SheetPhoto photo) {
        all.add(photo);
        if (editor.row() != null && editor.row().item().id().equals(itemId)) {
            editor.photos().add(photo);
        }
    }

    void remove(SheetPhoto photo) {
        executor.execute(() -> store.remove(inspectionId, photo.id(), actorId),
                e -> editor.setPhotoError(Failures.describe(e, messages)));
        all.remove(photo);
        editor.photos().remove(photo);
    }
}

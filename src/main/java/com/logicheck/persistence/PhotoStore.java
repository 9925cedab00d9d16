package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.PHOTO;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.inspection.PhotoTime;
import com.logicheck.files.AtomicFile;
import com.logicheck.files.DiskSpace;
import com.logicheck.files.ExifTime;
import com.logicheck.files.Sha256;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jooq.DSLContext;

/**
 * Evidence photos (照片): checked to be a real image of sensible size, copied into the data folder under its
 * SHA-256 (so the same photo is stored once), with a small JPEG thumbnail beside it.
 */
public final class PhotoStore {
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int THUMB_SIZE = 160;
    private final DSLContext dsl;
    private final Path folder;
    private final Clock clock;
    private final ChangeLog changeLog;

    public PhotoStore(DSLContext dsl, Path folder, Clock clock, ChangeLog changeLog) {
        this.dsl = dsl;
        this.folder = folder;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    /** A stored photo as the checklist screen shows it. */
    public record Photo(UUID id, UUID itemId, Path file, Path thumbnail, String originalName, int width, int height,
                        OffsetDateTime takenAt) {
    }

    /** Everything recorded about a stored photo, for the signed sheet's record and appendix. */
    public record PhotoDetail(UUID id, UUID itemId, String sha256, Path file, String originalName, long byteSize,
                              int width, int height, String caption, UUID placeId, OffsetDateTime takenAt) {
    }

    /** An image checked and copied into the photo folder under its SHA-256, with its thumbnail; no row yet. */
    public record StoredImage(String sha256, String fileName, String originalName, long byteSize, int width,
                              int height) {
    }

    /**
     * Checks {@code source} like an inspection photo (a real image, at most {@link #MAX_BYTES}) and stores the
     * file and its thumbnail; the caller records it (rectification evidence uses this).
     */
    public StoredImage store(Path source) {
        String name = source.getFileName().toString();
        long size;
        try {
            size = Files.size(source);
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.photo.unreadable", name));
        }
        if (size > MAX_BYTES) {
            throw new DomainException(Problem.of("problem.photo.tooLarge", name, size / (1024 * 1024), MAX_BYTES / (1024 * 1024)));
        }
        BufferedImage image;
        try {
            image = ImageIO.read(source.toFile());
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw new DomainException(Problem.of("problem.photo.notImage", name));
        }
        String sha = sha256(source);
        String ext = extension(name);
        Path target = folder.resolve(sha + ext);
        Path thumb = folder.resolve("thumbs").resolve(sha + ".jpg");
        try {
            copyAtomically(source, target);
            writeThumbnail(image, thumb);
        } catch (IOException e) {
            if (DiskSpace.isFull(e, folder)) {
                throw new DomainException(Problem.of("problem.disk.full", folder.toString()));
            }
            throw new DomainException(Problem.of("problem.photo.cannotStore", name, e.getMessage()));
        }
        return new StoredImage(sha, sha + ext, name, size, image.getWidth(), image.getHeight());
    }

    /**
     * A photo's original as a signed file carries it (ADR 0023): checked against the record's SHA-256, at most
     * {@link #MAX_BYTES}, a readable image, with its thumbnail made; written by {@link #writeImported}.
     */
    public record ImportedImage(String sha256, String fileName, byte[] bytes, byte[] thumbnailJpeg) {
    }

    /** Why an embedded original was refused. */
    public enum ImageProblem { MISMATCH, TOO_LARGE, NOT_IMAGE }

    /** An embedded original that failed its checks. */
    public static final class ImageRefused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ImageProblem problem;

        ImageRefused(ImageProblem problem) {
            super(problem.name(), null, false, false);
            this.problem = problem;
        }

        public ImageProblem problem() {
            return problem;
        }
    }

    /**
     * Checks the bytes of an original read from a signed file: its SHA-256 must be {@code sha256} (the record's),
     * it must fit {@link #MAX_BYTES} and be a readable image. Pure: nothing is written (a worker thread may call it).
     */
    public static ImportedImage checkImported(byte[] bytes, String sha256, String originalName) throws ImageRefused {
        if (bytes.length > MAX_BYTES) {
            throw new ImageRefused(ImageProblem.TOO_LARGE);
        }
        String actual = Sha256.hex(bytes);
        if (!actual.equals(sha256)) {
            throw new ImageRefused(ImageProblem.MISMATCH);
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new MemoryCacheImageInputStream(
                    new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw new ImageRefused(ImageProblem.NOT_IMAGE);
        }
        ByteArrayOutputStream thumb = new ByteArrayOutputStream(8 * 1024);
        try (var out = new MemoryCacheImageOutputStream(thumb)) {
            ImageIO.write(thumbnail(image), "jpg", out);
        } catch (IOException e) {
            throw new ImageRefused(ImageProblem.NOT_IMAGE);
        }
        return new ImportedImage(sha256, sha256 + extension(originalName), bytes, thumb.toByteArray());
    }

    /**
     * Writes checked originals and their thumbnails (temp name + atomic move; a file already there is kept: the
     * name is its SHA-256). Returns the files this call created, for {@link #removeUnreferenced} when the sheet
     * they came with is not stored after all.
     */
    public List<Path> writeImported(List<ImportedImage> images) {
        List<Path> created = new ArrayList<>();
        for (ImportedImage image : images) {
            Path target = folder.resolve(image.fileName());
            Path thumb = thumbnail(image.sha256());
            try {
                if (writeNew(target, image.bytes())) {
                    created.add(target);
                }
                if (writeNew(thumb, image.thumbnailJpeg())) {
                    created.add(thumb);
                }
            } catch (IOException e) {
                removeUnreferenced(created);
                if (DiskSpace.isFull(e, folder)) {
                    throw new DomainException(Problem.of("problem.disk.full", folder.toString()));
                }
                throw new DomainException(Problem.of("problem.photo.cannotStore", image.fileName(), e.getMessage()));
            }
        }
        return created;
    }

    /** Deletes those of {@code files} (photos or thumbnails written by an import) that no photo row names. */
    public void removeUnreferenced(List<Path> files) {
        for (Path f : files) {
            String name = f.getFileName().toString();
            String sha = name.length() >= 64 ? name.substring(0, 64) : name;
            if (!dsl.fetchExists(PHOTO, PHOTO.SHA256.eq(sha))) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    // an orphan image named by its hash harms nothing; the next import of its sheet reuses it
                }
            }
        }
    }

    private static boolean writeNew(Path target, byte[] bytes) throws IOException {
        if (Files.exists(target)) {
            return false;
        }
        AtomicFile.write(target, AtomicFile.Readers.PRIVATE, out -> out.write(bytes));
        return true;
    }

    /** The stored file of an image recorded as {@code sha256} with its original name. */
    public Path file(String sha256, String originalName) {
        return folder.resolve(sha256 + extension(originalName));
    }

    public Path thumbnail(String sha256) {
        return folder.resolve("thumbs").resolve(sha256 + ".jpg");
    }

    /** Attaches the image at {@code source}, timed now (the demo's photos; a pasted image). */
    public Photo attach(UUID inspectionId, UUID itemId, Path source, UUID placeId, UUID actorId) {
        return attach(inspectionId, itemId, source, placeId, actorId, OffsetDateTime.now(clock));
    }

    /**
     * Attaches a photo file, timed when it was taken ({@link PhotoTime}): its EXIF DateTimeOriginal, else the file's
     * modification time.
     */
    public Photo attachFile(UUID inspectionId, UUID itemId, Path source, UUID placeId, UUID actorId) {
        Optional<Instant> modified;
        try {
            modified = Optional.of(Files.getLastModifiedTime(source).toInstant());
        } catch (IOException e) {
            modified = Optional.empty();
        }
        OffsetDateTime taken = PhotoTime.taken(ExifTime.of(source), modified, clock.getZone(), clock.instant());
        return attach(inspectionId, itemId, source, placeId, actorId, taken.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Checks and stores the image and records it on the item, taken at {@code takenAt}. The same picture (same
     * SHA-256) already on the sheet is refused (problem.photo.duplicate) and no row is written; its file, named by its
     * content, is the one already stored.
     */
    public Photo attach(UUID inspectionId, UUID itemId, Path source, UUID placeId, UUID actorId,
                        OffsetDateTime takenAt) {
        StoredImage stored = store(source);
        String name = stored.originalName();
        String sha = stored.sha256();
        String ext = stored.fileName().substring(sha.length());
        long size = stored.byteSize();
        Path target = folder.resolve(stored.fileName());
        Path thumb = thumbnail(sha);
        UUID id = UUID.randomUUID();
        OffsetDateTime now = takenAt;
        int width = stored.width();
        int height = stored.height();
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            InspectionLifecycleRows.guardDraft(tx, inspectionId);
            if (tx.fetchExists(PHOTO, PHOTO.INSPECTION_ID.eq(inspectionId).and(PHOTO.SHA256.eq(sha)))) {
                throw new DomainException(Problem.of("problem.photo.duplicate", name));
            }
            tx.insertInto(PHOTO).set(PHOTO.ID, id).set(PHOTO.INSPECTION_ID, inspectionId)
                    .set(PHOTO.TEMPLATE_ITEM_ID, itemId).set(PHOTO.SHA256, sha).set(PHOTO.FILE_NAME, sha + ext)
                    .set(PHOTO.ORIGINAL_NAME, name).set(PHOTO.BYTE_SIZE, size).set(PHOTO.WIDTH, width)
                    .set(PHOTO.HEIGHT, height).set(PHOTO.CAPTION, "").set(PHOTO.PLACE_ID, placeId)
                    .set(PHOTO.TAKEN_AT, now).execute();
            changeLog.append(tx, "photo", id, inspectionId, "PHOTO_ADDED",
                    Map.of("item", itemId.toString(), "sha256", sha, "name", name), actorId);
        });
        return new Photo(id, itemId, target, thumb, name, width, height, now);
    }

    public void remove(UUID inspectionId, UUID photoId, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            InspectionLifecycleRows.guardDraft(tx, inspectionId);
            if (tx.deleteFrom(PHOTO).where(PHOTO.ID.eq(photoId)).and(PHOTO.INSPECTION_ID.eq(inspectionId)).execute() > 0) {
                changeLog.append(tx, "photo", photoId, inspectionId, "PHOTO_REMOVED", Map.of(), actorId);
            }
        });
    }

    public List<Photo> photos(UUID inspectionId) {
        return dsl.selectFrom(PHOTO).where(PHOTO.INSPECTION_ID.eq(inspectionId)).orderBy(PHOTO.TAKEN_AT)
                .fetch(r -> new Photo(r.getId(), r.getTemplateItemId(), folder.resolve(r.getFileName()),
                        folder.resolve("thumbs").resolve(r.getSha256() + ".jpg"), r.getOriginalName(),
                        r.getWidth(), r.getHeight(), r.getTakenAt()));
    }

    /** The photos of a sheet with their hashes and places, in the order they were taken. */
    public List<PhotoDetail> details(UUID inspectionId) {
        return dsl.selectFrom(PHOTO).where(PHOTO.INSPECTION_ID.eq(inspectionId)).orderBy(PHOTO.TAKEN_AT, PHOTO.ID)
                .fetch(r -> new PhotoDetail(r.getId(), r.getTemplateItemId(), r.getSha256(),
                        folder.resolve(r.getFileName()), r.getOriginalName(), r.getByteSize(), r.getWidth(),
                        r.getHeight(), r.getCaption(), r.getPlaceId(), r.getTakenAt()));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,5}") ? ext : ".img";
    }

    private static String sha256(Path file) {
        try {
            return Sha256.hex(file);
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.photo.unreadable", file.getFileName().toString()));
        }
    }

    private static void copyAtomically(Path source, Path target) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        AtomicFile.write(target, AtomicFile.Readers.PRIVATE, out -> Files.copy(source, out));
    }

    private static void writeThumbnail(BufferedImage image, Path thumb) throws IOException {
        if (Files.exists(thumb)) {
            return;
        }
        BufferedImage small = thumbnail(image);
        AtomicFile.write(thumb, AtomicFile.Readers.PRIVATE, out -> ImageIO.write(small, "jpg", out));
    }

    private static BufferedImage thumbnail(BufferedImage image) {
        double scale = Math.min(1.0, (double) THUMB_SIZE / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, Color.WHITE, null);
        g.dispose();
        return small;
    }
}

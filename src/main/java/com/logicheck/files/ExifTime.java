package com.logicheck.files;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * 拍摄时间: when a photo was taken, as its camera wrote it in EXIF (DateTimeOriginal; else the picture's DateTime),
 * read by metadata-extractor (JPEG, HEIC, PNG, TIFF… — ADR 0039). Anything unreadable or absent is simply "not
 * known", never an error. The time is the camera's local time, without an offset.
 */
public final class ExifTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    private ExifTime() {
    }

    /** The time the photo at {@code file} was taken, if its EXIF says. */
    public static Optional<LocalDateTime> of(Path file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            Optional<LocalDateTime> original =
                    text(metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class), ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL);
            return original.isPresent() ? original
                    : text(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class), ExifIFD0Directory.TAG_DATETIME);
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDateTime> text(Directory directory, int tag) {
        String value = directory == null ? null : directory.getString(tag);
        if (value == null || value.length() < 19) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.substring(0, 19), FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

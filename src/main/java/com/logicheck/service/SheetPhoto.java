package com.logicheck.service;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A photo attached to an item of a sheet (现场照片), as the checklist screen shows it: file, thumbnail and size. */
public record SheetPhoto(UUID id, UUID itemId, Path file, Path thumbnail, String originalName, int width, int height,
                         OffsetDateTime takenAt) {
}

package com.logicheck.domain.inspection;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * 检查 / 考核表: one sheet about one provider at one place, filled against one template version.
 * A correction of a signed sheet is a new revision that {@code supersedes} the old one and keeps its
 * {@code sheetNumber} (检查表编号, {@link SheetNumber}; null for a sheet from before numbers).
 */
public record Inspection(UUID id, UUID templateVersionId, UUID providerId, UUID placeId, UUID inspectorId,
                         InspectionKind kind, InspectionStatus status, OffsetDateTime startedAt,
                         OffsetDateTime finishedAt, int revision, UUID supersedesId, String sheetNumber) {
    /** The number to show and print: {@link #sheetNumber}, or the short id for a sheet from before numbers. */
    public String displayNumber() {
        return SheetNumber.orShortId(sheetNumber, id);
    }
}

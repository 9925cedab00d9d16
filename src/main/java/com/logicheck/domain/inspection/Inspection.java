package com.logicheck.domain.inspection;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * 检查 / 考核表: one sheet about one provider at one place, filled against one template version.
 * A correction of a signed sheet is a new revision that {@code supersedes} the old one and keeps its
 * {@code sheetNumber} (检查表编号, {@link SheetNumber}; null for a sheet from before numbers). A 补录 sheet (a paper
 * sheet typed in later, ADR 0045) has {@code startedAt} = the paper's date and says who typed it in ({@code backEntry};
 * null for a sheet filled in the app).
 */
public record Inspection(UUID id, UUID templateVersionId, UUID providerId, UUID placeId, UUID inspectorId,
                         InspectionKind kind, InspectionStatus status, OffsetDateTime startedAt,
                         OffsetDateTime finishedAt, int revision, UUID supersedesId, String sheetNumber,
                         BackEntry backEntry) {
    /** The number to show and print: {@link #sheetNumber}, or the short id for a sheet from before numbers. */
    public String displayNumber() {
        return SheetNumber.orShortId(sheetNumber, id);
    }

    /** Whether this is a 补录 sheet (typed in from paper). */
    public boolean backEntered() {
        return backEntry != null;
    }

    /** Who fills this draft in: who types in a 补录 sheet, else its 检查人 (the 四眼原则's "whose draft"). */
    public UUID draftOwner() {
        return backEntry != null ? backEntry.enteredBy() : inspectorId;
    }
}

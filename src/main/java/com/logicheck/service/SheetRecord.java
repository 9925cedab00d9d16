package com.logicheck.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The complete machine-readable record of a signed sheet, embedded in its PDF as {@code inspection-record.json}
 * (PDF/A-3 associated file) so that another LogiCheck can import the sheet from the file alone. Numbers are
 * decimal strings (exact, ADR 0004); photos are referred to by SHA-256, signature images are included.
 * Bump {@link #SCHEMA_VERSION} on any change a reader must know about.
 */
public record SheetRecord(int schemaVersion, String format, InspectionPart inspection, TemplatePart template,
                          String organisation, ProviderPart provider, PlacePart place, PersonPart inspector,
                          ScorePart score, List<SectionPart> sections, List<AnswerPart> answers,
                          List<PhotoPart> photos, List<SignaturePart> signatures,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CheckInPart> checkIns) {
    public static final int SCHEMA_VERSION = 1;
    public static final String FORMAT = "logicheck.inspection";
    public static final String FILE_NAME = "inspection-record.json";

    /**
     * The sheet; {@code sheetNumber} (检查表编号, ADR 0039) is written only when the sheet has one, and
     * {@code backEntry} (补录, ADR 0045) only for a paper sheet typed in later, so the records of older sheets read
     * and hash the same.
     */
    public record InspectionPart(UUID id, int revision, UUID supersedesId, String status, String kind,
                                 OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime signedAt,
                                 UUID originDevice, @JsonInclude(JsonInclude.Include.NON_NULL) String sheetNumber,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) BackEntryPart backEntry) {
        /** A sheet filled in the app (no 补录 part). */
        public InspectionPart(UUID id, int revision, UUID supersedesId, String status, String kind,
                              OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime signedAt,
                              UUID originDevice, String sheetNumber) {
            this(id, revision, supersedesId, status, kind, startedAt, finishedAt, signedAt, originDevice, sheetNumber,
                    null);
        }
    }

    /**
     * 补录: who typed the paper sheet in and when; {@code timeKnown} says whether the paper gave a time of day
     * ({@code startedAt} is then the paper's date and time, else its date at a fixed morning hour).
     */
    public record BackEntryPart(UUID enteredBy, String enteredByName, OffsetDateTime enteredAt, boolean timeKnown) {
    }

    public record TemplatePart(UUID versionId, String code, int version, String title, String serviceLine,
                               String totalScore, String naPolicy) {
    }

    public record ProviderPart(UUID id, String name, String shortName) {
    }

    public record PlacePart(UUID id, String path) {
    }

    public record PersonPart(UUID id, String name) {
    }

    public record ScorePart(String total, String totalScore, String grade, int items, int deducted,
                            int notApplicable) {
    }

    public record SectionPart(String title, String subtotal, String deduction, String earned) {
    }

    public record AnswerPart(UUID itemId, String code, String outcome, List<String> quantities, String deduction,
                             String earned, String note, UUID placeId) {
    }

    public record PhotoPart(UUID id, UUID itemId, String sha256, String originalName, long byteSize, int width,
                            int height, String caption, UUID placeId, OffsetDateTime takenAt) {
    }

    /**
     * A check-in (到点签到, issue 16): where, when, how (SCANNED or TYPED), by whom, and the code as read. The list is
     * written only when the sheet has check-ins, so the records of older sheets read (and hash) the same.
     */
    public record CheckInPart(UUID id, UUID placeId, String placePath, UUID personId, String personName,
                              OffsetDateTime at, String how, String code, int labelGeneration) {
    }

    /** The check-ins, none for a record written before they existed. */
    public List<CheckInPart> checkInsOrNone() {
        return checkIns == null ? List.of() : checkIns;
    }

    /** A signature; {@code witness} (见证人 of a refusal) is written only when there is one, so older records read the same. */
    public record SignaturePart(String role, UUID personId, String name, String refusedReason,
                                OffsetDateTime signedAt, String imageSha256, byte[] imagePng,
                                String certificateSha256, @JsonInclude(JsonInclude.Include.NON_NULL) String witness) {
    }
}

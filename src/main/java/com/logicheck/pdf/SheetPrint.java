package com.logicheck.pdf;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Everything printed on a signed 考核表, already resolved to text: the PDF writer looks nothing up.
 * {@code recordJson} is the sheet's complete machine-readable record, embedded as a PDF/A-3 associated file.
 * {@code revisionReason} is the 更正原因 of a revision (null or blank: none recorded, or the first revision).
 * {@code startedAt}–{@code finishedAt} is the inspection (检查时间; finished may be null), {@code signedAt} the
 * signing (签字时间); {@code sheetNumber} the 检查表编号 (ADR 0039); {@code sealBox}: print a 盖章 box for the provider;
 * {@code paperEntry}: the sheet was typed in from paper (补录, ADR 0045; null: filled in the app).
 */
public record SheetPrint(String title, String organisation, String provider, String place, String kind,
                         OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime signedAt,
                         UUID inspectionId, String sheetNumber, int revision,
                         String revisionReason, BigDecimal totalScore, BigDecimal score, String grade, List<Section> sections,
                         List<Signer> signers, List<Photo> photos, byte[] recordJson, String recordFileName,
                         boolean sealBox, Presence presence, PaperEntry paperEntry) {
    public SheetPrint {
        sections = List.copyOf(sections);
        signers = List.copyOf(signers);
        photos = List.copyOf(photos);
    }

    /** A sheet filled in the app (not 补录). */
    public SheetPrint(String title, String organisation, String provider, String place, String kind,
                      OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime signedAt,
                      UUID inspectionId, String sheetNumber, int revision,
                      String revisionReason, BigDecimal totalScore, BigDecimal score, String grade, List<Section> sections,
                      List<Signer> signers, List<Photo> photos, byte[] recordJson, String recordFileName,
                      boolean sealBox, Presence presence) {
        this(title, organisation, provider, place, kind, startedAt, finishedAt, signedAt, inspectionId, sheetNumber,
                revision, revisionReason, totalScore, score, grade, sections, signers, photos, recordJson, recordFileName,
                sealBox, presence, null);
    }

    /**
     * 补录: who typed the paper sheet in and when; {@code timeKnown}: the paper gave a time of day (else 检查时间
     * prints the paper's date alone).
     */
    public record PaperEntry(String enteredBy, OffsetDateTime enteredAt, boolean timeKnown) {
    }

    /**
     * 到点确认 (issue 16): the check-ins as printed beside 检查时间 (扫码时间: time, how, who, and the place when it is
     * not the sheet's), whether one was at the sheet's own place (else 未到点确认), and the 停留时间 (null: none).
     */
    public record Presence(boolean confirmed, List<String> checkIns, String stay) {
        public Presence {
            checkIns = List.copyOf(checkIns);
        }
    }

    /** 项目: a heading with its subtotal and what the sheet's items under it lost and kept. */
    public record Section(String title, BigDecimal subtotal, BigDecimal deduction, BigDecimal earned, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One item line. {@code deduction} and {@code earned} are printed as given ("—" for 不适用);
     * {@code findings} are the inspector's 扣分说明 lines (basis, note, place, photos), {@code remark} the template's
     * own 备注 (empty: none), printed in a column of its own.
     */
    public record Row(String code, String content, String requirement, String criteria, BigDecimal max,
                      String deduction, String earned, List<String> findings, String remark) {
        public Row {
            findings = List.copyOf(findings);
            remark = remark == null ? "" : remark;
        }
    }

    /** A signature line: role label, name, the image (PNG) or a refusal, and when. */
    public record Signer(String role, String name, byte[] png, String refusal, OffsetDateTime at) {
    }

    /**
     * An evidence photo for the appendix, with its caption (item, place, time); {@code sha256} and
     * {@code originalName} name the original, which the file carries as an associated file (ADR 0023).
     */
    public record Photo(String caption, Path file, String sha256, String originalName) {
    }

    /** Embedded originals are named {@code photo-<sha256><extension>}. */
    public static final String PHOTO_PREFIX = "photo-";

    /**
     * Originals are embedded when together they take at most this much (48 MB), so that the signed file stays
     * under the 64 MB an import accepts; a sheet with more keeps only the printed photos (ADR 0023).
     */
    public static final long MAX_EMBEDDED_PHOTO_BYTES = 48L * 1024 * 1024;

    /** The name of a photo's embedded original. */
    public static String photoAttachmentName(String sha256, String originalName) {
        return PHOTO_PREFIX + sha256 + photoExtension(originalName);
    }

    /** A photo file's extension as the photo store writes it: lower case, 1–5 letters or digits, else ".img". */
    public static String photoExtension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,5}") ? ext : ".img";
    }
}

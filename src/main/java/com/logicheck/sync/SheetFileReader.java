package com.logicheck.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.inspection.Signature;
import com.logicheck.domain.inspection.SignatureRole;
import com.logicheck.domain.org.PlaceCode;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.pdf.SheetPrint;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.SyncRepository;
import com.logicheck.service.SheetRecord;
import com.logicheck.service.SheetRecords;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Reads one signed sheet file, in the order that exposes least to an untrusted file: the bytes look like a whole
 * PDF, the signature covers the file and verifies, the signer is trusted, and only then the embedded record is
 * inflated (with a limit) and checked: format, schema version, the signer is the sheet's inspector. Each refusal
 * is a {@link DomainException} whose key names its own reason ({@code sync.refused.*}, {@code sync.held.*}).
 */
final class SheetFileReader {
    static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;
    /** All embedded photo originals of one file together (the writer embeds at most 48 MB). */
    static final long MAX_ORIGINALS_BYTES = 64L * 1024 * 1024;
    private final PdfVerifier verifier;
    private final Predicate<String> trusted;

    /** An untrusted signer: the file is intact but held back until someone trusts the signer. */
    static final class HeldBack extends DomainException {
        private static final long serialVersionUID = 1L;

        HeldBack(String signer, String fingerprint) {
            super(Problem.of("sync.held.untrusted", signer, fingerprint.substring(0, 16)));
        }
    }

    /** {@code trusted}: whether a certificate (SHA-256 fingerprint) is on the trust list. */
    SheetFileReader(PdfVerifier verifier, Predicate<String> trusted) {
        this.verifier = verifier;
        this.trusted = trusted;
    }

    /**
     * A file whose signature verified, whose signer is trusted, and the record it embeds (a sheet or a package);
     * {@code originals}: a sheet's embedded photo originals by attachment name (ADR 0023), not yet checked.
     */
    record Verified(PdfVerifier.SignatureCheck check, byte[] record, boolean referencePackage,
                    Map<String, byte[]> originals) {
        Verified(PdfVerifier.SignatureCheck check, byte[] record, boolean referencePackage) {
            this(check, record, referencePackage, Map.of());
        }
    }

    /** The verified record of {@code pdf}; throws with the reason otherwise. */
    SheetRecord read(byte[] pdf) {
        Verified v = verified(pdf);
        if (v.referencePackage()) {
            throw refused("sync.refused.unknownSchema");
        }
        return sheet(v);
    }

    /**
     * Steps 1–6 of ADR 0010 for any signed LogiCheck file: whole PDF, signature, trusted signer, and only then the
     * embedded record inflated with a limit — the sheet's record, or else a reference-data package's (ADR 0019).
     */
    Verified verified(byte[] pdf) {
        if (!startsWith(pdf, "%PDF-")) {
            throw refused("sync.refused.notPdf");
        }
        if (!tailHasEof(pdf)) {
            throw refused(signedPartEndsBeforeTheEnd(pdf) ? "sync.refused.appended" : "sync.refused.truncated");
        }
        try (PdfVerifier.Opened opened = verifier.open(pdf)) {
            PdfVerifier.SignatureCheck check = opened.check();
            if (!check.intact()) {
                throw refused(switch (check.problem()) {
                    case "verify.noSignature" -> "sync.refused.unsigned";
                    case "verify.unreadable" -> "sync.refused.unreadable";
                    default -> "sync.refused.tampered";
                });
            }
            if (!trusted.test(check.certificateSha256())) {
                throw new HeldBack(check.signerName(), check.certificateSha256());
            }
            for (SignedEnvelope envelope : SignedEnvelope.SEARCH_ORDER) {
                PdfVerifier.Embedded embedded = opened.embedded(envelope.fileName(), MAX_RECORD_BYTES);
                if (embedded.tooLarge()) {
                    throw refused("sync.refused.recordTooLarge");
                }
                if (embedded.bytes() != null) {
                    return new Verified(check, embedded.bytes(), envelope == SignedEnvelope.REFERENCE_PACKAGE,
                            envelope == SignedEnvelope.SHEET ? originals(opened) : Map.of());
                }
            }
            throw refused("sync.refused.noRecord");
        }
    }

    /**
     * The embedded photo originals of a signed, trusted sheet, each inflated with the photo store's limit and all of
     * them together with {@link #MAX_ORIGINALS_BYTES} (a compressed bomb stops there).
     */
    private static Map<String, byte[]> originals(PdfVerifier.Opened opened) {
        Map<String, byte[]> originals = new LinkedHashMap<>();
        long total = 0;
        for (String name : opened.embeddedNames(SheetPrint.PHOTO_PREFIX)) {
            PdfVerifier.Embedded photo = opened.embedded(name, (int) PhotoStore.MAX_BYTES);
            if (photo.tooLarge()) {
                throw refused("sync.refused.photoTooLarge", PhotoStore.MAX_BYTES / (1024 * 1024));
            }
            if (photo.bytes() != null) {
                total += photo.bytes().length;
                if (total > MAX_ORIGINALS_BYTES) {
                    throw refused("sync.refused.photoTooLarge", PhotoStore.MAX_BYTES / (1024 * 1024));
                }
                originals.put(name, photo.bytes());
            }
        }
        return originals;
    }

    /**
     * The photos of a verified sheet whose originals the file carries, each checked against the record (SHA-256,
     * size, a readable image): any bad one refuses the whole file. A file without originals (signed before they were
     * embedded, or with more photos than fit) gives none: its photos stay in the PDF's appendix (ADR 0023).
     */
    List<PhotoStore.ImportedImage> photos(Verified v, SheetRecord record) {
        if (v.originals().isEmpty() || record.photos() == null) {
            return List.of();
        }
        Map<String, PhotoStore.ImportedImage> images = new LinkedHashMap<>();
        for (SheetRecord.PhotoPart p : record.photos()) {
            String original = p.originalName() == null ? "" : p.originalName();
            String sha = p.sha256() == null ? "" : p.sha256();
            if (images.containsKey(sha)) {
                continue;
            }
            byte[] bytes = v.originals().get(SheetPrint.photoAttachmentName(sha, original));
            if (bytes == null) {
                throw refused("sync.refused.photoMissing", original);
            }
            try {
                images.put(sha, PhotoStore.checkImported(bytes, sha, original));
            } catch (PhotoStore.ImageRefused e) {
                throw switch (e.problem()) {
                    case MISMATCH -> refused("sync.refused.photoMismatch", original);
                    case TOO_LARGE -> refused("sync.refused.photoTooLarge", PhotoStore.MAX_BYTES / (1024 * 1024));
                    case NOT_IMAGE -> refused("sync.refused.photoNotImage", original);
                };
            }
        }
        return List.copyOf(images.values());
    }

    /** The sheet record of a verified file: format, schema version, and the signer is the sheet's 检查人. */
    SheetRecord sheet(Verified v) {
        PdfVerifier.SignatureCheck check = v.check();
        SheetRecord record = parse(v.record());
        SheetRecord.SignaturePart inspector = record.signatures().stream()
                .filter(s -> SignatureRole.INSPECTOR.name().equals(s.role())).findFirst()
                .orElseThrow(() -> refused("sync.refused.invalid", "signatures"));
        if (!check.certificateSha256().equals(inspector.certificateSha256())) {
            throw refused("sync.refused.signerMismatch", check.signerName(), inspector.name());
        }
        return record;
    }

    private static SheetRecord parse(byte[] json) {
        JsonNode tree;
        try {
            tree = SheetRecords.tree(json);
        } catch (DomainException e) {
            throw refused("sync.refused.unknownSchema");
        }
        SignedEnvelope.SHEET.open(tree);
        SheetRecord record;
        try {
            record = SheetRecords.parse(json);
        } catch (DomainException | IllegalArgumentException e) {
            throw refused("sync.refused.invalid", "json");
        }
        if (record.inspection() == null || record.inspection().id() == null || record.template() == null
                || record.template().versionId() == null || record.provider() == null || record.provider().id() == null
                || record.place() == null || record.place().id() == null || record.inspector() == null
                || record.inspector().id() == null || record.answers() == null || record.signatures() == null
                || record.inspection().startedAt() == null || record.inspection().originDevice() == null
                || record.inspection().revision() < 1 || record.score() == null) {
            throw refused("sync.refused.invalid", "fields");
        }
        return record;
    }

    /** The record as the rows the repository stores. */
    static SyncRepository.ImportedSheet toSheet(SheetRecord r, String sha256, String file) {
        try {
            var i = r.inspection();
            List<SyncRepository.Answer> answers = r.answers().stream().map(a -> new SyncRepository.Answer(a.itemId(),
                    Objects.requireNonNull(a.outcome()), a.quantities() == null ? List.of()
                            : a.quantities().stream().map(BigDecimal::new).toList(),
                    new BigDecimal(a.deduction()), a.note(), a.placeId())).toList();
            List<SyncRepository.Photo> photos = r.photos() == null ? List.of() : r.photos().stream().map(p ->
                    new SyncRepository.Photo(Objects.requireNonNull(p.id()), p.itemId(), Objects.requireNonNull(p.sha256()),
                            Objects.requireNonNull(p.originalName()), p.byteSize(), p.width(), p.height(), p.caption(),
                            p.placeId(), Objects.requireNonNull(p.takenAt()))).toList();
            List<Signature> signatures = r.signatures().stream().map(s -> new Signature(
                    SignatureRole.valueOf(s.role()), s.personId(), Objects.requireNonNull(s.name()), s.imagePng(),
                    s.refusedReason(), Objects.requireNonNull(s.signedAt()), s.certificateSha256(), s.witness())).toList();
            return new SyncRepository.ImportedSheet(i.id(), i.revision(), i.supersedesId(), r.template().versionId(),
                    Objects.requireNonNull(i.kind()), i.startedAt(), i.finishedAt(), i.signedAt(), i.originDevice(),
                    r.score().total() == null ? null : new BigDecimal(r.score().total()), r.score().grade(),
                    r.organisation(),
                    new SyncRepository.Ref(r.provider().id(), r.provider().name(), r.provider().shortName()),
                    new SyncRepository.Ref(r.place().id(), r.place().path(), null),
                    new SyncRepository.Ref(r.inspector().id(), r.inspector().name(), null),
                    answers, photos, signatures, sha256, file, blankToNull(i.sheetNumber()), checkIns(r));
        } catch (RuntimeException e) {
            throw refused("sync.refused.invalid", "values");
        }
    }

    /** The record's check-ins, each complete and of a known kind (else the file is refused as invalid). */
    private static List<SyncRepository.CheckInRow> checkIns(SheetRecord r) {
        return r.checkInsOrNone().stream().map(c -> {
            PlaceCode.How how = PlaceCode.How.valueOf(Objects.requireNonNull(c.how()));
            String code = Objects.requireNonNull(c.code());
            if (code.length() > 100 || c.labelGeneration() < 1) {
                throw new IllegalArgumentException("check-in");
            }
            return new SyncRepository.CheckInRow(Objects.requireNonNull(c.id()), Objects.requireNonNull(c.placeId()),
                    c.placePath(), Objects.requireNonNull(c.personId()), c.personName(), Objects.requireNonNull(c.at()),
                    how.name(), code, c.labelGeneration());
        }).toList();
    }

    private static String blankToNull(String number) {
        return number == null || number.isBlank() || number.length() > 60 ? null : number.strip();
    }

    static DomainException refused(String key, Object... args) {
        return new DomainException(Problem.of(key, args));
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (bytes[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    /** A whole PDF ends with %%EOF (and perhaps a line end); a cut-off one does not. */
    private static boolean tailHasEof(byte[] bytes) {
        return endsWithEof(bytes, bytes.length);
    }

    private static boolean endsWithEof(byte[] bytes, int end) {
        int from = Math.max(0, end - 32);
        String tail = new String(bytes, from, end - from, StandardCharsets.ISO_8859_1);
        return tail.stripTrailing().endsWith("%%EOF");
    }

    /**
     * True when the file is whole up to where its signature's byte range ends (a complete PDF ending in %%EOF) and
     * more bytes follow: something was appended after signing. A cut file's byte range reaches past its end, or the
     * file has none, so it stays "truncated".
     */
    private static boolean signedPartEndsBeforeTheEnd(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("/ByteRange");
        int open = at < 0 ? -1 : text.indexOf('[', at);
        int close = open < 0 ? -1 : text.indexOf(']', open);
        if (close < 0 || close - open > 100) {
            return false;
        }
        String[] range = text.substring(open + 1, close).trim().split("\\s+");
        if (range.length != 4) {
            return false;
        }
        try {
            long end = Long.parseLong(range[2]) + Long.parseLong(range[3]);
            return end > 0 && end < bytes.length && endsWithEof(bytes, (int) end);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

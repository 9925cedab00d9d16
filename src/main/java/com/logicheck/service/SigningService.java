package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.LocalFault;
import com.logicheck.domain.Problem;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionLifecycle;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.Signature;
import com.logicheck.domain.inspection.SignatureRole;
import com.logicheck.files.AtomicFile;
import com.logicheck.files.DiskSpace;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.PdfSigner;
import com.logicheck.pdf.SheetPdfWriter;
import com.logicheck.pdf.SignatureImages;
import com.logicheck.pdf.SignedFileWriter;
import com.logicheck.pdf.UserKeyStore;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.SignedSheetRepository;
import com.logicheck.persistence.TrustRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 签字: signs a finished sheet. Everything that can be refused is checked first (unanswered items, status, signature
 * images, photo files, keystore and password); then the signed PDF/A-3b is made and written beside the database,
 * and one transaction moves the sheet to SIGNED. A refusal leaves the database and the signed folder unchanged.
 * A correction of a signed sheet is a new revision ({@link #revise}).
 */
public final class SigningService {
    public static final int MAX_SIGNATURE_BYTES = 2 * 1024 * 1024;
    private final InspectionService inspections;
    private final SignedSheetRepository signed;
    private final SheetRecords records;
    private final TrustRepository trust;
    private final SheetPdfWriter writer;
    private final PdfSigner signer;
    private final Messages messages;
    private final SigningFiles files;
    private final Clock clock;

    public SigningService(InspectionService inspections, SignedSheetRepository signed, SheetRecords records,
                          TrustRepository trust, SheetPdfWriter writer, PdfSigner signer, Messages messages,
                          SigningFiles files, Clock clock) {
        this.inspections = inspections;
        this.signed = signed;
        this.records = records;
        this.trust = trust;
        this.writer = writer;
        this.signer = signer;
        this.messages = messages;
        this.files = files;
        this.clock = clock;
    }

    /** A signature to add: a drawn image, or (受检方 only) a refusal with its reason and who witnessed it (见证人). */
    public record SignerInput(UUID personId, String name, byte[] png, String refusedReason, String witness) {
        public static SignerInput drawn(UUID personId, String name, byte[] png) {
            return new SignerInput(personId, name, png, null, null);
        }

        public static SignerInput refused(String name, String reason, String witness) {
            return new SignerInput(null, name, null, reason, witness);
        }
    }

    /**
     * The 检查人's signature image (null: use the stored one), the 受检方 (required: a signature, or a refusal with
     * its reason and witness) and the optional 复核.
     */
    public record SignRequest(byte[] inspectorPng, SignerInput inspectee, SignerInput reviewer) {
    }

    public record SignedSheet(UUID inspectionId, Path pdf, String sha256, OffsetDateTime signedAt) {
    }

    public SignedSheet sign(UUID inspectionId, SignRequest request, char[] password, UUID actorId) {
        SheetRecords.Sheet sheet = records.load(inspectionId);
        requireSignable(sheet);
        byte[] inspectorPng = request.inspectorPng() != null ? request.inspectorPng()
                : files.storedSignature(sheet.inspector().id()).orElseThrow(
                        () -> new DomainException(Problem.of("problem.sign.noInspectorSignature", sheet.inspector().name())));
        requirePng(inspectorPng, sheet.inspector().name());
        if (request.inspectee() == null) {
            throw new DomainException(Problem.of("problem.sign.noInspectee"));
        }
        checkOptional(request.inspectee(), true);
        checkOptional(request.reviewer(), false);
        for (PhotoStore.PhotoDetail p : sheet.photos()) {
            if (!Files.isReadable(p.file())) {
                String code = sheet.template().item(p.itemId()).map(i -> i.code()).orElse("?");
                throw new DomainException(Problem.of("problem.sign.photoMissing", code, p.originalName()));
            }
            if (!p.sha256().equals(SigningFiles.sha256(p.file()))) {
                // the original travels inside the signed file and each importer checks it against the record (ADR 0023)
                String code = sheet.template().item(p.itemId()).map(i -> i.code()).orElse("?");
                throw new DomainException(Problem.of("problem.sign.photoChanged", code, p.originalName()));
            }
        }
        UserKeyStore.SigningKey key = files.key(sheet.inspector().id(), password, sheet.inspector().name(),
                sheet.organisation(), clock);

        OffsetDateTime signedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        List<Signature> signatures = new ArrayList<>();
        signatures.add(new Signature(SignatureRole.INSPECTOR, sheet.inspector().id(), sheet.inspector().name(),
                inspectorPng, null, signedAt, key.fingerprint()));
        add(signatures, SignatureRole.INSPECTEE, request.inspectee(), signedAt);
        add(signatures, SignatureRole.REVIEWER, request.reviewer(), signedAt);

        SheetRecord record = records.record(sheet, InspectionStatus.SIGNED.name(), signedAt, signatures);
        byte[] json = SheetRecords.json(record);
        SheetPrints prints = new SheetPrints(messages, records::placePath);
        byte[] unsigned = writer.write(prints.print(sheet, record, json, signatures, signedAt));
        SignedFileWriter.Signature says = new SignedFileWriter.Signature(signer, key, new PdfSigner.SignatureInfo(
                sheet.inspector().name(), sheet.organisation(),
                messages.get("pdf.signatureReason", sheet.template().title()), signedAt));

        Path target = files.signedPdf(inspectionId);
        String sha;
        try (SignedFileWriter.Staged file = stage(unsigned, says, target)) {
            sha = file.sha256();
            inspections.withLifecycle(inspectionId, finished -> {
                signed.sign(finished, finished.sign(signedAt, sha), signatures, actorId);
                return finished;
            });
            publish(file);
        }
        if (request.inspectorPng() != null && files.storedSignature(sheet.inspector().id()).isEmpty()) {
            files.storeSignature(sheet.inspector().id(), request.inspectorPng());
        }
        if (!trust.isTrusted(key.fingerprint())) {
            trust.add(key.fingerprint(), key.subject(), sheet.inspector().name(), key.certificateDer(),
                    sheet.inspector().id(), actorId);
        }
        return new SignedSheet(inspectionId, target, sha, signedAt);
    }

    /**
     * 更正（修订版）: a new draft revision of a signed sheet, with the reason the new revision stores and prints; the
     * signed one becomes SUPERSEDED and stays as it was. Refused without a reason (nothing written).
     */
    public Inspection revise(UUID inspectionId, String reason, UUID actorId) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(Problem.of("problem.revise.noReason"));
        }
        UUID id = inspections.withLifecycle(inspectionId, sheet -> {
            InspectionLifecycle.Revision revision = sheet.revise(UUID.randomUUID(), reason);
            signed.revise(sheet, revision, actorId);
            return revision.draft().id();
        });
        return inspections.inspection(id);
    }

    private static void requireSignable(SheetRecords.Sheet sheet) {
        sheet.state().lifecycle().requireSignable(sheet.score().unanswered());
    }

    private static void checkOptional(SignerInput input, boolean mayRefuse) {
        if (input == null) {
            return;
        }
        if (input.name() == null || input.name().isBlank()) {
            throw new DomainException(Problem.of("problem.sign.noName"));
        }
        boolean refused = input.refusedReason() != null;
        if (refused && (!mayRefuse || input.refusedReason().isBlank())) {
            throw new DomainException(Problem.of(mayRefuse ? "problem.sign.refusalReason" : "problem.sign.noImage",
                    input.name()));
        }
        if (refused && (input.witness() == null || input.witness().isBlank())) {
            throw new DomainException(Problem.of("problem.sign.refusalWitness", input.name()));
        }
        if (refused && input.png() != null) {
            throw new DomainException(Problem.of("problem.sign.refusedAndSigned", input.name()));
        }
        if (!refused) {
            requirePng(input.png(), input.name());
        }
    }

    private static void add(List<Signature> list, SignatureRole role, SignerInput input, OffsetDateTime at) {
        if (input != null) {
            boolean refused = input.refusedReason() != null;
            list.add(new Signature(role, input.personId(), input.name().strip(), refused ? null : input.png(),
                    refused ? input.refusedReason().strip() : null, at, null, refused ? input.witness().strip() : null));
        }
    }

    /** A signature image must be a readable PNG of sensible size. */
    static void requirePng(byte[] png, String name) {
        if (png == null || png.length == 0) {
            throw new DomainException(Problem.of("problem.sign.noImage", name));
        }
        boolean magic = png.length > 8 && (png[0] & 0xff) == 0x89 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G';
        // decoded once and kept for the page (SignatureImages); at most MAX_SIDE pixels a side
        boolean readable = magic && png.length <= MAX_SIGNATURE_BYTES && SignatureImages.read(png).isPresent();
        if (!readable) {
            throw new DomainException(Problem.of("problem.sign.badImage", name));
        }
    }

    /**
     * A signed PDF for the data folder, signed by the one {@link SignedFileWriter}, written and forced but not yet in
     * place (ADR 0028).
     */
    static SignedFileWriter.Staged stage(byte[] unsigned, SignedFileWriter.Signature signature, Path target) {
        try {
            return SignedFileWriter.stage(unsigned, signature, target, AtomicFile.Readers.PRIVATE);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    /** A full disk is named as such (磁盘空间不足); anything else with the system's reason. */
    private static DomainException cannotWrite(Path target, IOException e) {
        if (DiskSpace.isFull(e, target.getParent())) {
            return new LocalFault(Problem.of("problem.disk.full", target.getParent().toString()));
        }
        return new LocalFault(Problem.of("problem.sign.cannotWrite", target.getParent().toString(), e.getMessage()));
    }

    static void publish(SignedFileWriter.Staged file) {
        try {
            file.commit();
        } catch (IOException e) {
            throw cannotWrite(file.target(), e);
        }
    }

    /** The stored signed PDF of a sheet, if there is one. */
    public Optional<Path> signedPdf(UUID inspectionId) {
        Path p = files.signedPdf(inspectionId);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    /** Whether {@code personId} already has a signing key (the first signing creates it with the password given). */
    public boolean hasKey(UUID personId) {
        return Files.exists(files.keystore(personId));
    }

    /** The signature image kept for {@code personId}, if one was remembered. */
    public Optional<byte[]> storedSignature(UUID personId) {
        return files.storedSignature(personId);
    }

    /** Remembers {@code png} as {@code personId}'s signature image for later signings. */
    public void rememberSignature(UUID personId, byte[] png) {
        files.storeSignature(personId, png);
    }
}

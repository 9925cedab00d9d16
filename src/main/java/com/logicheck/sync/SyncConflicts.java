package com.logicheck.sync;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.ReferenceSyncRepository;
import com.logicheck.persistence.SheetConflictRepository;
import com.logicheck.persistence.SignedSheetRepository;
import com.logicheck.persistence.SyncRepository;
import com.logicheck.service.SheetRecord;
import com.logicheck.service.SheetRecords;
import com.logicheck.service.SigningFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * 冲突: the conflicts imports left for a person — sheets, reference data and signed records (ADR 0019, 0027) — read
 * from their three tables into one model, {@link SyncConflict}, and the person's decision on any of them through one
 * call, {@link #decide}: keep one side; the other stays in the history, never deleted.
 */
public final class SyncConflicts {
    private static final Set<SyncConflict.Decision> BOTH = EnumSet.allOf(SyncConflict.Decision.class);
    private static final Set<SyncConflict.Decision> KEEP_ONLY = EnumSet.of(SyncConflict.Decision.KEEP_LOCAL);

    private final SyncRepository sync;
    private final SheetConflictRepository sheets;
    private final ReferenceSyncRepository references;
    private final SignedSheetRepository signed;
    private final SigningFiles files;
    private final SheetFileReader reader;
    private final RecordConflicts records;

    public SyncConflicts(SyncRepository sync, SheetConflictRepository sheets, ReferenceSyncRepository references,
                         SignedSheetRepository signed, SigningFiles files, PdfVerifier verifier, Predicate<String> trusted) {
        this(sync, sheets, references, signed, files, verifier, trusted, null);
    }

    /** With the conflicts between signed records of rectification steps and month closings (ADR 0027). */
    public SyncConflicts(SyncRepository sync, SheetConflictRepository sheets, ReferenceSyncRepository references,
                         SignedSheetRepository signed, SigningFiles files, PdfVerifier verifier, Predicate<String> trusted,
                         RecordConflicts records) {
        this.records = records;
        this.sync = sync;
        this.sheets = sheets;
        this.references = references;
        this.signed = signed;
        this.files = files;
        this.reader = new SheetFileReader(verifier, trusted);
    }

    /** The conflicts between signed records and their decisions (null without signed records). */
    public RecordConflicts records() {
        return records;
    }

    /** Whether the person may decide conflicts between records (主管 or 管理员); everyone may decide the others. */
    public boolean mayDecideRecords(UUID personId) {
        return records != null && records.mayDecide(personId);
    }

    /** The open conflicts of all three kinds: sheets, reference data, then signed records. */
    public List<SyncConflict> open() {
        List<SyncConflict> out = new ArrayList<>();
        for (SyncRepository.Conflict c : sync.openConflicts()) {
            var row = signed.row(c.localId());
            String title = templateTitle(c.localId()).orElseGet(() -> row.map(r -> r.templateCode()).orElse(""));
            String subtitle = row.map(r -> r.providerName() + " · " + r.placeName()).orElse("");
            SyncConflict.Side local = side(c.localId(), null);
            SyncConflict.Side incoming = "SAME_ID".equals(c.kind()) ? incomingSide(c)
                    : side(c.incomingId(), c.incomingFile());
            out.add(new SyncConflict(c.id(), SyncConflict.Kind.valueOf(c.kind()), title, subtitle, null, c.detectedAt(),
                    local, incoming, BOTH, null));
        }
        for (ReferenceSyncRepository.Conflict c : references.openConflicts()) {
            out.add(new SyncConflict(c.id(), SyncConflict.Kind.REFERENCE, c.entity(), c.label(), null, c.detectedAt(),
                    SyncConflict.Side.reference(c.localJson()), SyncConflict.Side.reference(c.incomingJson()),
                    c.immutable() ? KEEP_ONLY : BOTH, null));
        }
        if (records != null) {
            for (RecordConflicts.Entry r : records.open()) {
                out.add(new SyncConflict(r.conflictId(), SyncConflict.Kind.RECORD, r.incoming().title(), r.kind(),
                        r.recordKind(), r.detectedAt(), recordSide(r.local(), null), recordSide(r.incoming(), r.file()),
                        r.mayTakeIncoming() ? BOTH : KEEP_ONLY, null));
            }
        }
        return out;
    }

    private static SyncConflict.Side recordSide(RecordConflicts.Side s, String origin) {
        return new SyncConflict.Side(s.known() ? s.record().id() : null, s.known(), s.title(),
                s.facts().stream().map(f -> new SyncConflict.Fact(f.label(), f.value())).toList(),
                origin == null ? "" : origin, null, "");
    }

    /** The template title printed on the local sheet (from its signed PDF's record). */
    private Optional<String> templateTitle(UUID id) {
        try {
            byte[] json = PdfVerifier.embeddedRecord(Files.readAllBytes(files.signedPdf(id)), SheetRecord.FILE_NAME,
                    SheetFileReader.MAX_RECORD_BYTES).bytes();
            return json == null ? Optional.empty()
                    : Optional.ofNullable(SheetRecords.parse(json).template().title());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private SyncConflict.Side side(UUID id, String origin) {
        var state = signed.state(id).orElse(null);
        if (state == null) {
            return SyncConflict.Side.sheet(id, new SyncConflict.Sheet(0, "", null, null, ""), origin);
        }
        String inspector = signed.signatures(id).stream().filter(s -> s.role().name().equals("INSPECTOR"))
                .map(s -> s.signerName()).findFirst().orElse("");
        return SyncConflict.Side.sheet(id, new SyncConflict.Sheet(state.revision(), inspector, state.signedAt(),
                state.score(), state.grade()),
                origin != null ? origin : state.originDevice() == null ? "" : state.originDevice().toString());
    }

    private SyncConflict.Side incomingSide(SyncRepository.Conflict c) {
        byte[] pdf = sheets.incomingPdf(c.id()).orElse(null);
        byte[] json = pdf == null ? null : PdfVerifier.embeddedRecord(pdf, SheetRecord.FILE_NAME,
                SheetFileReader.MAX_RECORD_BYTES).bytes();
        if (json == null) {
            return SyncConflict.Side.sheet(c.incomingId(), new SyncConflict.Sheet(0, "", null, null, ""), c.incomingFile());
        }
        SheetRecord r = SheetRecords.parse(json);
        return SyncConflict.Side.sheet(c.incomingId(), new SyncConflict.Sheet(r.inspection().revision(),
                r.inspector().name(), r.inspection().signedAt(),
                r.score().total() == null ? null : new BigDecimal(r.score().total()), r.score().grade()), c.incomingFile());
    }

    /**
     * Decides a conflict of any kind: keep this laptop's side or take the incoming; the other side stays in the
     * history. A record conflict needs the reason and a supervisor (the refusals say so); the others take no reason.
     */
    public void decide(SyncConflict c, SyncConflict.Decision decision, UUID actorId, String reason) {
        boolean take = decision == SyncConflict.Decision.TAKE_INCOMING;
        switch (c.kind()) {
            case RECORD -> {
                if (take) {
                    records.takeIncoming(c.id(), reason, actorId);
                } else {
                    records.keepLocal(c.id(), reason, actorId);
                }
            }
            case COMPETING_REVISION -> sheets.keepRevision(c.id(), take ? c.incoming().id() : c.local().id(), actorId);
            case SAME_ID -> {
                if (take) {
                    replaceWithIncoming(c, actorId);
                } else {
                    sheets.keepLocal(c.id(), actorId);
                }
            }
            case REFERENCE -> references.resolve(c.id(), take, actorId);
        }
    }

    /** {@link #decide} without a reason (sheets and reference data). */
    public void decide(SyncConflict c, SyncConflict.Decision decision, UUID actorId) {
        decide(c, decision, actorId, null);
    }

    private void replaceWithIncoming(SyncConflict e, UUID actorId) {
        byte[] pdf = sheets.incomingPdf(e.id()).orElseThrow(() -> new DomainException(
                Problem.of("problem.conflict.gone")));
        SheetRecord record = reader.read(pdf);
        String sha = PdfVerifier.sha256(pdf);
        Path target = files.signedPdf(record.inspection().id());
        byte[] local;
        try {
            local = Files.readAllBytes(target);
        } catch (IOException ex) {
            throw new DomainException(Problem.of("problem.export.pdfMissing", SheetImporter.shortId(e.local().id()),
                    target.toString()));
        }
        SyncRepository.ImportedSheet sheet = SheetFileReader.toSheet(record, sha, String.valueOf(e.incoming().origin()));
        try (AtomicFile.Staged file = AtomicFile.stage(target, pdf, AtomicFile.Readers.PRIVATE)) {
            sheets.takeIncoming(e.id(), sheet, local, PdfVerifier.sha256(local), actorId);
            file.publish();
        }
    }

    /** The PDF of one side, to open in the viewer: a sheet's stored file, or a copy of the kept incoming file. */
    public Optional<Path> pdf(SyncConflict e, boolean incoming, Path scratch) {
        if (!e.hasPdfs()) {
            return Optional.empty();
        }
        if (e.kind() == SyncConflict.Kind.RECORD) {
            return incoming ? records.incomingPdf(e.id(), scratch) : records.localPdf(e.local().id());
        }
        if (incoming && e.kind() == SyncConflict.Kind.SAME_ID) {
            byte[] pdf = sheets.incomingPdf(e.id()).orElse(null);
            if (pdf == null) {
                return Optional.empty();
            }
            try {
                Files.createDirectories(scratch);
                Path out = scratch.resolve("conflict-" + e.id().toString().substring(0, 8) + ".pdf");
                Files.write(out, pdf);
                return Optional.of(out);
            } catch (IOException ex) {
                throw new DomainException(Problem.of("problem.sign.cannotWrite", scratch.toString(), ex.getMessage()));
            }
        }
        Path p = files.signedPdf(incoming ? e.incoming().id() : e.local().id());
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }
}

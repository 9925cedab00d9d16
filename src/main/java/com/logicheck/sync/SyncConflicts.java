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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * 冲突: the sheet and reference-data conflicts imports listed for a person, each with both sides described, and
 * the person's decision (ADR 0019): keep one side; the other stays in the history, never deleted.
 */
public final class SyncConflicts {
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

    /** One version of a sheet in a conflict. */
    public record SheetSide(UUID id, int revision, String inspector, OffsetDateTime signedAt, BigDecimal score,
                            String grade, String origin) {
    }

    /**
     * What a conflict is about, with both sides; {@code reference} set for a reference-data conflict, {@code record}
     * for a conflict between signed records of rectification steps or month closings.
     */
    public record Entry(UUID conflictId, Kind kind, String title, String subtitle, SheetSide local, SheetSide incoming,
                        ReferenceSyncRepository.Conflict reference, OffsetDateTime detectedAt,
                        RecordConflicts.Entry record) {
        public Entry(UUID conflictId, Kind kind, String title, String subtitle, SheetSide local, SheetSide incoming,
                     ReferenceSyncRepository.Conflict reference, OffsetDateTime detectedAt) {
            this(conflictId, kind, title, subtitle, local, incoming, reference, detectedAt, null);
        }

        /** A reference-data conflict about an immutable version (a template or scheme): only ours can be kept. */
        public boolean immutable() {
            return reference != null && reference.immutable();
        }

        /** This laptop's side of a reference-data conflict, as JSON (empty for other conflicts). */
        public String referenceLocalJson() {
            return reference == null ? "" : reference.localJson();
        }

        /** The incoming side of a reference-data conflict, as JSON (empty for other conflicts). */
        public String referenceIncomingJson() {
            return reference == null ? "" : reference.incomingJson();
        }
    }

    public enum Kind { COMPETING_REVISION, SAME_ID, REFERENCE, RECORD }

    /** The record conflicts alone (the CLI lists them), empty without signed records. */
    public List<RecordConflicts.Entry> openRecords() {
        return records == null ? List.of() : records.open();
    }

    /** The conflicts between signed records and their decisions (null without signed records). */
    public RecordConflicts records() {
        return records;
    }

    /** Whether the person may decide conflicts between records (主管 or 管理员). */
    public boolean mayDecideRecords(UUID personId) {
        return records != null && records.mayDecide(personId);
    }

    public List<Entry> open() {
        List<Entry> out = new ArrayList<>();
        for (SyncRepository.Conflict c : sync.openConflicts()) {
            var row = signed.row(c.localId());
            String title = templateTitle(c.localId()).orElseGet(() -> row.map(r -> r.templateCode()).orElse(""));
            String subtitle = row.map(r -> r.providerName() + " · " + r.placeName()).orElse("");
            SheetSide local = side(c.localId(), null);
            SheetSide incoming = "SAME_ID".equals(c.kind()) ? incomingSide(c) : side(c.incomingId(), c.incomingFile());
            out.add(new Entry(c.id(), Kind.valueOf(c.kind()), title, subtitle, local, incoming, null, c.detectedAt()));
        }
        for (ReferenceSyncRepository.Conflict c : references.openConflicts()) {
            out.add(new Entry(c.id(), Kind.REFERENCE, c.entity(), c.label(), null, null, c, c.detectedAt()));
        }
        for (RecordConflicts.Entry r : openRecords()) {
            out.add(new Entry(r.conflictId(), Kind.RECORD, r.incoming().title(), r.kind(), null, null, null,
                    r.detectedAt(), r));
        }
        return out;
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

    private SheetSide side(UUID id, String origin) {
        var state = signed.state(id).orElse(null);
        if (state == null) {
            return new SheetSide(id, 0, "", null, null, "", origin);
        }
        String inspector = signed.signatures(id).stream().filter(s -> s.role().name().equals("INSPECTOR"))
                .map(s -> s.signerName()).findFirst().orElse("");
        return new SheetSide(id, state.revision(), inspector, state.signedAt(), state.score(), state.grade(),
                origin != null ? origin : state.originDevice() == null ? "" : state.originDevice().toString());
    }

    private SheetSide incomingSide(SyncRepository.Conflict c) {
        byte[] pdf = sheets.incomingPdf(c.id()).orElse(null);
        byte[] json = pdf == null ? null : PdfVerifier.embeddedRecord(pdf, SheetRecord.FILE_NAME,
                SheetFileReader.MAX_RECORD_BYTES).bytes();
        if (json == null) {
            return new SheetSide(c.incomingId(), 0, "", null, null, "", c.incomingFile());
        }
        SheetRecord r = SheetRecords.parse(json);
        return new SheetSide(c.incomingId(), r.inspection().revision(), r.inspector().name(), r.inspection().signedAt(),
                r.score().total() == null ? null : new BigDecimal(r.score().total()), r.score().grade(), c.incomingFile());
    }

    /** Keeps this laptop's side. */
    public void keepLocal(Entry e, UUID actorId) {
        keepLocal(e, actorId, null);
    }

    /** Keeps this laptop's side; a record conflict needs the reason the incoming record is rejected. */
    public void keepLocal(Entry e, UUID actorId, String reason) {
        switch (e.kind()) {
            case RECORD -> records.keepLocal(e.conflictId(), reason, actorId);
            case COMPETING_REVISION -> sheets.keepRevision(e.conflictId(), e.local().id(), actorId);
            case SAME_ID -> sheets.keepLocal(e.conflictId(), actorId);
            case REFERENCE -> references.resolve(e.conflictId(), false, actorId);
        }
    }

    /** Takes the incoming side; this laptop's stays in the history. */
    public void takeIncoming(Entry e, UUID actorId) {
        takeIncoming(e, actorId, null);
    }

    /** Takes the incoming side (a record conflict: with the reason); this laptop's stays in the history. */
    public void takeIncoming(Entry e, UUID actorId, String reason) {
        switch (e.kind()) {
            case RECORD -> records.takeIncoming(e.conflictId(), reason, actorId);
            case COMPETING_REVISION -> sheets.keepRevision(e.conflictId(), e.incoming().id(), actorId);
            case SAME_ID -> replaceWithIncoming(e, actorId);
            case REFERENCE -> references.resolve(e.conflictId(), true, actorId);
        }
    }

    private void replaceWithIncoming(Entry e, UUID actorId) {
        byte[] pdf = sheets.incomingPdf(e.conflictId()).orElseThrow(() -> new DomainException(
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
            sheets.takeIncoming(e.conflictId(), sheet, local, PdfVerifier.sha256(local), actorId);
            file.publish();
        }
    }

    /** The PDF of one side, to open in the viewer: a sheet's stored file, or a copy of the kept incoming file. */
    public Optional<Path> pdf(Entry e, boolean incoming, Path scratch) {
        if (e.kind() == Kind.REFERENCE) {
            return Optional.empty();
        }
        if (e.kind() == Kind.RECORD) {
            return incoming ? records.incomingPdf(e.conflictId(), scratch) : records.localPdf(e.record());
        }
        if (incoming && e.kind() == Kind.SAME_ID) {
            byte[] pdf = sheets.incomingPdf(e.conflictId()).orElse(null);
            if (pdf == null) {
                return Optional.empty();
            }
            try {
                Files.createDirectories(scratch);
                Path out = scratch.resolve("conflict-" + e.conflictId().toString().substring(0, 8) + ".pdf");
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

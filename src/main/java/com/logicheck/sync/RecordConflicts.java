package com.logicheck.sync;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.access.Actor;
import com.logicheck.domain.sync.RecordConflictDecision;
import com.logicheck.domain.sync.RecordConflictDecision.Resolution;
import com.logicheck.files.AtomicFile;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.ActorRepository;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.persistence.RecordConflictRepository;
import com.logicheck.persistence.RecordLog;
import com.logicheck.persistence.SyncRecord;
import com.logicheck.persistence.UnitOfWork;
import com.logicheck.service.SigningFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 记录冲突: the conflicts between signed records of rectification steps and month closings (ADR 0022, 0027), each
 * with both sides in words, and a person's decision — keep this laptop's side (the incoming record is rejected here,
 * with the reason), or, for another laptop's closing of a month, take theirs (ours is marked superseded). The
 * incoming record is read again from the PDF kept with the conflict, so what is decided is what arrived.
 */
public final class RecordConflicts {
    private final RecordLog log;
    private final RecordConflictRepository repository;
    private final RecordMerger merger;
    private final RecordPrints prints;
    private final SigningFiles files;
    private final ActorRepository actors;
    private final UnitOfWork work;

    public RecordConflicts(RecordLog log, RecordConflictRepository repository, RecordMerger merger,
                           RecordPrints prints, SigningFiles files, ActorRepository actors, UnitOfWork work) {
        this.actors = actors;
        this.work = work;
        this.log = log;
        this.merger = merger;
        this.repository = repository;
        this.prints = prints;
        this.files = files;
    }

    /** One side of a conflict: what the record is about and says, label by label ({@code record} null if unknown). */
    public record Side(SyncRecord record, String title, List<Fact> facts) {
        public Side {
            facts = List.copyOf(facts);
        }

        /** Whether this laptop knows the record of this side (else only its title is known). */
        public boolean known() {
            return record != null;
        }
    }

    /** One labelled fact of a side, as the record's printed page states it (label with its colon, value). */
    public record Fact(String label, String value) {
    }

    /** An open record conflict: its kind, both sides, where the incoming file came from, and what may be done. */
    public record Entry(UUID conflictId, String kind, String recordKind, Side local, Side incoming, String file,
                        OffsetDateTime detectedAt, boolean mayTakeIncoming) {
    }

    public List<Entry> open() {
        List<Entry> out = new ArrayList<>();
        for (RecordLog.Conflict c : log.openConflicts()) {
            SyncRecord incoming = incoming(c.id()).orElse(null);
            Side theirs = incoming == null ? new Side(null, RecordPrints.shortId(c.recordId()), List.of())
                    : side(incoming);
            SyncRecord ours = local(c).orElse(null);
            Side mine = ours == null ? new Side(null, RecordPrints.shortId(c.localId()), List.of()) : side(ours);
            out.add(new Entry(c.id(), c.kind(), c.recordKind(), mine, theirs, c.incomingFile(), c.detectedAt(),
                    RecordConflictDecision.mayTakeIncoming(c.kind(), c.recordKind())));
        }
        return out;
    }

    /** Whether this person may decide (主管 or 管理员); everyone may look. */
    public boolean mayDecide(UUID personId) {
        return personId != null && actors.actor(personId)
                .map(a -> a.active() && RecordConflictDecision.mayDecide(a.role())).orElse(false);
    }

    /** Keeps this laptop's side; the incoming record stays with the conflict, rejected, with the reason. */
    public void keepLocal(UUID conflictId, String reason, UUID actorId) {
        work.run(() -> {
            refuseUnlessAllowed(conflictId, Resolution.KEPT_LOCAL, reason, actorId);
            repository.keepLocal(conflictId, reason, actorId);
        });
    }

    /** Takes the incoming closing of a month; ours is marked superseded. Its signed PDF is kept to pass on. */
    public void takeIncoming(UUID conflictId, String reason, UUID actorId) {
        byte[] pdf = repository.incomingPdf(conflictId)
                .orElseThrow(() -> new DomainException(Problem.of("problem.conflict.gone")));
        SyncRecord record = read(pdf).orElseThrow(() -> new DomainException(Problem.of("problem.conflict.gone")));
        String sha = PdfVerifier.sha256(pdf);
        String file = log.openConflicts().stream().filter(c -> c.id().equals(conflictId)).map(RecordLog.Conflict::incomingFile)
                .findFirst().orElse("");
        RecordMerger.Incoming incoming = new RecordMerger.Incoming(record, sha, file, pdf);
        work.run(() -> {
            refuseUnlessAllowed(conflictId, Resolution.TOOK_INCOMING, reason, actorId);
            repository.takeIncoming(conflictId, record, sha, reason, actorId,
                    (tx, signer) -> merger.applyReplacing(tx, incoming, signer));
        });
        Path target = files.recordPdf(record.id());
        try {
            if (!Files.exists(target)) {
                AtomicFile.write(target, pdf, AtomicFile.Readers.PRIVATE);
            }
        } catch (RuntimeException e) {
            // the decision stands; the next import of the folder writes the file again (ADR 0022)
        }
    }

    /**
     * In the decision's unit of work: the conflict is still open (its row locked), the person is known and active, and
     * the domain allows the decision with this reason ({@link RecordConflictDecision#refusal}); else the refusal.
     */
    private void refuseUnlessAllowed(UUID conflictId, Resolution resolution, String reason, UUID actorId) {
        RecordConflictRepository.Open c = repository.lockOpen(conflictId);
        Actor actor = actors.actor(actorId).orElseThrow(() -> new DomainException(
                Problem.of("problem.person.unknown", String.valueOf(actorId))));
        if (!actor.active()) {
            throw new DomainException(Problem.of("problem.account.inactive", actor.name()));
        }
        RecordConflictDecision.refusal(actor.role(), actor.name(), resolution, c.kind(), c.recordKind(), reason)
                .ifPresent(p -> {
                    throw new DomainException(p);
                });
    }

    /** How a conflict was decided (empty while open). */
    public Optional<RecordConflictRepository.Decision> decision(UUID conflictId) {
        return repository.decision(conflictId);
    }

    /** The change-log rows of a conflict ({@code sync_record_conflict}) or a closing ({@code assessment_month}). */
    public List<ChangeLog.Entry> history(String entity, UUID id) {
        return repository.history(entity, id);
    }

    /** The incoming PDF copied to {@code scratch}, to open in the viewer. */
    public Optional<Path> incomingPdf(UUID conflictId, Path scratch) {
        byte[] pdf = repository.incomingPdf(conflictId).orElse(null);
        if (pdf == null) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(scratch);
            Path out = scratch.resolve("record-conflict-" + conflictId.toString().substring(0, 8) + ".pdf");
            Files.write(out, pdf);
            return Optional.of(out);
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.sign.cannotWrite", scratch.toString(), e.getMessage()));
        }
    }

    /** This laptop's signed PDF of the local side's record ({@code recordId} null if unknown), when it has one. */
    public Optional<Path> localPdf(UUID recordId) {
        if (recordId == null) {
            return Optional.empty();
        }
        Path p = files.recordPdf(recordId);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    private Side side(SyncRecord r) {
        List<Fact> facts = new ArrayList<>(prints.facts(r, log).stream().map(f -> new Fact(f.label(), f.value()))
                .toList());
        List<String> lines = prints.lines(r);
        if (!lines.isEmpty()) {
            facts.add(new Fact(lines.get(0), String.join("\n", lines.subList(1, lines.size()))));
        }
        return new Side(r, prints.kind(r), facts);
    }

    /** What the conflict contradicts here: the record with that id, else the first record of that order or month. */
    private Optional<SyncRecord> local(RecordLog.Conflict c) {
        if (c.localId() == null) {
            return Optional.empty();
        }
        return log.find(c.localId()).or(() -> log.of(c.localId()).stream().findFirst()).map(RecordLog.Stored::record);
    }

    private Optional<SyncRecord> incoming(UUID conflictId) {
        return repository.incomingPdf(conflictId).flatMap(RecordConflicts::read);
    }

    private static Optional<SyncRecord> read(byte[] pdf) {
        try {
            byte[] json = PdfVerifier.embeddedRecord(pdf, RecordFile.FILE_NAME, SheetFileReader.MAX_RECORD_BYTES).bytes();
            return json == null ? Optional.empty() : Optional.of(RecordFile.parse(json).record());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}

package com.logicheck.sync;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.org.Role;
import com.logicheck.persistence.RecordStore;
import com.logicheck.persistence.SyncRecord;
import com.logicheck.sync.RecordMergeDecider.Close;
import com.logicheck.sync.RecordMergeDecider.Conflict;
import com.logicheck.sync.RecordMergeDecider.Decision;
import com.logicheck.sync.RecordMergeDecider.Issue;
import com.logicheck.sync.RecordMergeDecider.Refused;
import com.logicheck.sync.RecordMergeDecider.Reopen;
import com.logicheck.sync.RecordMergeDecider.Skip;
import com.logicheck.sync.RecordMergeDecider.Step;
import com.logicheck.sync.RecordMergeDecider.Waits;
import java.util.UUID;

/**
 * Merges one signed record from another laptop in one transaction (ADR 0022): {@link RecordMergeDecider} decides on
 * what the {@link RecordStore} holds, and the store writes what was decided. A record that waits or is refused
 * rolls the transaction back (nothing it touched stays) and is reported with its reason; conflicts keep the
 * incoming file for a person; nothing here is overwritten.
 */
public final class RecordMerger {
    private final RecordStore store;
    private final RecordMergeDecider decider;

    public RecordMerger(RecordStore store, RecordMergeDecider decider) {
        this.store = store;
        this.decider = decider;
    }

    public enum Outcome { NEW, SKIPPED, CONFLICT }

    /** What the merge did; a conflict names its kind and the local record (or order, or closing) it contradicts. */
    public record Result(Outcome outcome, String conflictKind, UUID localId) {
    }

    /** A verified record and the file it came in. */
    public record Incoming(SyncRecord record, String fileSha256, String file, byte[] pdf) {
    }

    /** Stores the record's photos (checked images) once the merge has decided to apply the step. */
    public interface Photos {
        void store();
    }

    /** Merges the record: decided and written in one transaction; waits and refusals throw with their reason. */
    public Result merge(Incoming in, Photos photos) {
        return store.inTransaction(tx -> {
            SyncRecord r = in.record();
            if (!r.kind().ofOrder()) {
                tx.prepareMonths(r.subject());
            }
            return write(tx, in, decider.decide(r, tx), photos);
        });
    }

    /**
     * Applies another laptop's closing that a person decided replaces ours (ADR 0027), inside the transaction that
     * has just marked ours SUPERSEDED; it must apply.
     */
    public void applyReplacing(RecordStore.Tx tx, Incoming in, Role signer) {
        Result result = write(tx, in, decider.closing(in.record(), signer, true, tx), () -> { });
        if (result.outcome() != Outcome.NEW) {
            throw new IllegalStateException("the incoming closing was not applied: " + result);
        }
    }

    private static Result write(RecordStore.Tx tx, Incoming in, Decision decision, Photos photos) {
        SyncRecord r = in.record();
        if (decision instanceof Skip s) {
            if (s.noteFile()) {
                tx.noteFile(r.id(), in.fileSha256());
            }
            return new Result(Outcome.SKIPPED, null, r.id());
        } else if (decision instanceof Conflict c) {
            tx.insertConflict(r, c.kind(), c.localId(), in.fileSha256(), in.file(), in.pdf());
            return new Result(Outcome.CONFLICT, c.kind(), c.localId());
        } else if (decision instanceof Waits w) {
            throw new DomainException(w.reason());
        } else if (decision instanceof Refused f) {
            throw new DomainException(f.reason());
        } else if (decision instanceof Issue i) {
            tx.insertOrder(r, i.order());
        } else if (decision instanceof Step s) {
            if (r.kind() != SyncRecord.Kind.ORDER_CLOSED) {
                photos.store();
            }
            tx.writeStep(r, s.before(), s.next(), s.reinspection());
        } else if (decision instanceof Close c) {
            tx.insertClosing(r, c.providerId(), c.month(), c.contractId(), c.schemeVersionId(), c.total(), c.failed(),
                    c.result());
        } else if (decision instanceof Reopen o) {
            tx.reopen(r, o.closing(), o.reason());
        } else {
            throw new IllegalStateException("no write for " + decision);
        }
        tx.logApplied(r, in.fileSha256(), in.file());
        return new Result(Outcome.NEW, null, r.id());
    }
}

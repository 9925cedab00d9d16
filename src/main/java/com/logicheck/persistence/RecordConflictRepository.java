package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.ASSESSMENT_MONTH;
import static com.logicheck.persistence.jooq.Tables.PERSON;
import static com.logicheck.persistence.jooq.Tables.SYNC_RECORD_CONFLICT;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.sync.RecordConflictDecision.Resolution;
import com.logicheck.persistence.jooq.tables.records.SyncRecordConflictRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;

/**
 * A person's decision on a conflict between signed records (ADR 0027), each in one transaction and in the change
 * log. Keeping this laptop's side marks the incoming record rejected with the reason (it stays in the conflict row,
 * its PDF kept); taking the incoming closing of a month marks ours SUPERSEDED and applies theirs through the record
 * merge's own checks in {@code sync} (its signer a supervisor here, its contract and scheme here). Nothing is deleted.
 * Whether the person may decide, and with which reason, is asked of the domain by {@code sync.RecordConflicts} in the
 * same unit of work (ADR 0032), not here.
 */
public final class RecordConflictRepository {
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;

    public RecordConflictRepository(DSLContext dsl, Clock clock, ChangeLog changeLog) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    /** The incoming signed PDF kept with a conflict (open or decided). */
    public Optional<byte[]> incomingPdf(UUID conflictId) {
        return dsl.select(SYNC_RECORD_CONFLICT.INCOMING_PDF).from(SYNC_RECORD_CONFLICT)
                .where(SYNC_RECORD_CONFLICT.ID.eq(conflictId)).fetchOptional(SYNC_RECORD_CONFLICT.INCOMING_PDF);
    }

    /** A decided conflict: how and why, by whom (empty while it is open). */
    public record Decision(Resolution resolution, String reason, UUID by, OffsetDateTime at) {
    }

    public Optional<Decision> decision(UUID conflictId) {
        return dsl.selectFrom(SYNC_RECORD_CONFLICT).where(SYNC_RECORD_CONFLICT.ID.eq(conflictId)
                        .and(SYNC_RECORD_CONFLICT.RESOLVED_AT.isNotNull()))
                .fetchOptional(r -> new Decision(Resolution.valueOf(r.getResolution()), r.getReason(), r.getResolvedBy(),
                        r.getResolvedAt()));
    }

    /** The change-log rows of one entity, oldest first (a conflict's decision, a closing superseded). */
    public List<ChangeLog.Entry> history(String entity, UUID id) {
        return changeLog.forEntity(dsl, entity, id);
    }

    /** What an open conflict is about, read (and its row locked) in the caller's unit of work before deciding. */
    public record Open(String kind, String recordKind) {
    }

    /**
     * Locks the open conflict's row in the current transaction (ADR 0032) and says what it is about, so the decider in
     * {@code sync} can ask the domain's rule before {@link #keepLocal} or {@link #takeIncoming} writes; throws
     * {@code problem.conflict.gone} when it is decided already or unknown.
     */
    public Open lockOpen(UUID conflictId) {
        SyncRecordConflictRecord c = open(dsl, conflictId);
        return new Open(c.getKind(), c.getRecordKind());
    }

    /**
     * Keeps this laptop's side: the incoming record is rejected here, with the reason. Who may decide and the reason
     * are checked by the caller, in the same unit of work ({@code sync.RecordConflicts}).
     */
    public void keepLocal(UUID conflictId, String reason, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            SyncRecordConflictRecord c = open(tx, conflictId);
            resolve(tx, c, Resolution.KEPT_LOCAL, reason, actorId);
        });
    }

    /**
     * Takes the incoming record (only another laptop's closing of a month): this laptop's current closing of the
     * provider-month becomes SUPERSEDED, the incoming closing is applied by {@code applyIncoming} (the record merge,
     * given the signer's role here) as any closing is, and the conflict is decided — all or nothing. {@code r} is the
     * record read from the conflict's kept PDF, whose SHA-256 is {@code fileSha256}.
     */
    public void takeIncoming(UUID conflictId, SyncRecord r, String fileSha256, String reason, UUID actorId,
                             BiConsumer<RecordStore.Tx, Role> applyIncoming) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            SyncRecordConflictRecord c = open(tx, conflictId);
            if (!r.id().equals(c.getRecordId()) || !fileSha256.equals(c.getIncomingSha256())) {
                throw new DomainException(Problem.of("problem.conflict.gone"));
            }
            RecordLog.prepareMonths(tx, r.subject(), OffsetDateTime.now(clock));
            var signer = tx.select(PERSON.ROLE).from(PERSON).where(PERSON.ID.eq(r.actorId())).fetchOptional(PERSON.ROLE)
                    .orElseThrow(() -> new DomainException(Problem.of("sync.record.waits.person", r.actorName())));
            OffsetDateTime now = OffsetDateTime.now(clock);
            var current = tx.selectFrom(ASSESSMENT_MONTH).where(ASSESSMENT_MONTH.PROVIDER_ID.eq(
                            UUID.fromString(SyncRecord.text(r.body(), "providerId")))
                    .and(ASSESSMENT_MONTH.MONTH_START.eq(YearMonth.parse(SyncRecord.text(r.body(), "month")).atDay(1)))
                    .and(ASSESSMENT_MONTH.STATUS.eq("CLOSED"))).forUpdate().fetch();
            for (var m : current) {
                tx.update(ASSESSMENT_MONTH).set(ASSESSMENT_MONTH.STATUS, RecordStore.SUPERSEDED)
                        .set(ASSESSMENT_MONTH.SUPERSEDED_BY, r.id()).set(ASSESSMENT_MONTH.SUPERSEDED_AT, now)
                        .where(ASSESSMENT_MONTH.ID.eq(m.getId())).execute();
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("month", YearMonth.from(m.getMonthStart()).toString());
                detail.put("by", r.id().toString());
                detail.put("conflict", conflictId.toString());
                detail.put("reason", reason.strip());
                changeLog.append(tx, "assessment_month", m.getId(), null, RecordStore.SUPERSEDED, detail, actorId);
            }
            applyIncoming.accept(new RecordStore.Tx(tx, clock, changeLog), Role.valueOf(signer));
            resolve(tx, c, Resolution.TOOK_INCOMING, reason, actorId);
        });
    }

    private static SyncRecordConflictRecord open(DSLContext tx, UUID conflictId) {
        SyncRecordConflictRecord c = tx.selectFrom(SYNC_RECORD_CONFLICT).where(SYNC_RECORD_CONFLICT.ID.eq(conflictId))
                .forUpdate().fetchOne();
        if (c == null || c.getResolvedAt() != null) {
            throw new DomainException(Problem.of("problem.conflict.gone"));
        }
        return c;
    }

    private void resolve(DSLContext tx, SyncRecordConflictRecord c, Resolution resolution, String reason, UUID actorId) {
        tx.update(SYNC_RECORD_CONFLICT).set(SYNC_RECORD_CONFLICT.RESOLVED_AT, OffsetDateTime.now(clock))
                .set(SYNC_RECORD_CONFLICT.RESOLVED_BY, actorId).set(SYNC_RECORD_CONFLICT.RESOLUTION, resolution.name())
                .set(SYNC_RECORD_CONFLICT.REASON, reason.strip()).where(SYNC_RECORD_CONFLICT.ID.eq(c.getId())).execute();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("kind", c.getKind());
        detail.put("recordKind", c.getRecordKind());
        detail.put("record", c.getRecordId().toString());
        detail.put("local", c.getLocalId() == null ? "" : c.getLocalId().toString());
        detail.put("file", c.getIncomingFile());
        detail.put("reason", reason.strip());
        changeLog.append(tx, "sync_record_conflict", c.getId(), null,
                resolution == Resolution.KEPT_LOCAL ? "CONFLICT_KEPT_LOCAL" : "CONFLICT_TOOK_INCOMING", detail, actorId);
    }
}

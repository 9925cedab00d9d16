package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.INSPECTION;
import static com.logicheck.persistence.jooq.Tables.ITEM_RESULT;
import static com.logicheck.persistence.jooq.Tables.PHOTO;
import static com.logicheck.persistence.jooq.Tables.PLACE_CHECKIN;
import static com.logicheck.persistence.jooq.Tables.SIGNATURE;
import static com.logicheck.persistence.jooq.Tables.SYNC_CONFLICT;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.persistence.jooq.tables.records.SyncConflictRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * 解决冲突: a person's decision on a sheet conflict (ADR 0019). Nothing signed is ever lost:
 * <ul>
 *   <li>two revisions of one sheet: the one kept stays SIGNED, the other becomes SUPERSEDED (still listed, PDF
 *       kept, in the history);</li>
 *   <li>the same sheet id with other content, keep this laptop's: the incoming PDF stays in the conflict row;</li>
 *   <li>… take the incoming one: the sheet's rows are replaced by the incoming record and the replaced signed PDF
 *       is kept in the conflict row ({@code local_pdf}, {@code local_sha256}), so it is still there and a folder
 *       holding it again skips it.</li>
 * </ul>
 */
public final class SheetConflictRepository {
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;

    public SheetConflictRepository(DSLContext dsl, Clock clock, ChangeLog changeLog) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    /** The incoming PDF a SAME_ID conflict keeps (to show or to take over). */
    public Optional<byte[]> incomingPdf(UUID conflictId) {
        return dsl.select(SYNC_CONFLICT.INCOMING_PDF).from(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(conflictId))
                .fetchOptional(SYNC_CONFLICT.INCOMING_PDF);
    }

    /** The conflict, if it is still open. */
    public Optional<SyncRepository.Conflict> open(UUID conflictId) {
        return dsl.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(conflictId)).and(SYNC_CONFLICT.RESOLVED_AT.isNull())
                .fetchOptional(r -> new SyncRepository.Conflict(r.getId(), r.getKind(), r.getInspectionId(),
                        r.getLocalId(), r.getIncomingId(), r.getIncomingSha256(), r.getIncomingFile(), r.getDetectedAt()));
    }

    /** Two revisions of one sheet: keeps {@code keepId} (one of the two), the other becomes SUPERSEDED. */
    public void keepRevision(UUID conflictId, UUID keepId, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            SyncConflictRecord c = lockOpen(tx, conflictId);
            if (!"COMPETING_REVISION".equals(c.getKind())
                    || !(keepId.equals(c.getLocalId()) || keepId.equals(c.getIncomingId()))) {
                throw new DomainException(Problem.of("problem.conflict.wrongChoice"));
            }
            UUID other = keepId.equals(c.getLocalId()) ? c.getIncomingId() : c.getLocalId();
            OffsetDateTime now = OffsetDateTime.now(clock);
            tx.update(INSPECTION).set(INSPECTION.STATUS, InspectionStatus.SUPERSEDED.name()).set(INSPECTION.UPDATED_AT, now)
                    .where(INSPECTION.ID.eq(other)).and(INSPECTION.STATUS.eq(InspectionStatus.SIGNED.name())).execute();
            changeLog.append(tx, "inspection", other, other, "SUPERSEDED", Map.of("by", keepId.toString(),
                    "conflict", conflictId.toString()), actorId);
            resolved(tx, c, keepId.equals(c.getLocalId()) ? "KEPT_LOCAL" : "TOOK_INCOMING", now, actorId);
        });
    }

    /** The same sheet with other content: this laptop's version stays; the incoming PDF stays in the conflict row. */
    public void keepLocal(UUID conflictId, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            SyncConflictRecord c = lockOpen(tx, conflictId);
            if (!"SAME_ID".equals(c.getKind())) {
                throw new DomainException(Problem.of("problem.conflict.wrongChoice"));
            }
            resolved(tx, c, "KEPT_LOCAL", OffsetDateTime.now(clock), actorId);
        });
    }

    /**
     * The same sheet with other content: the incoming record replaces this laptop's rows of the sheet; the replaced
     * signed PDF ({@code localPdf}) is kept in the conflict row. The caller moves the incoming PDF into place after.
     */
    public void takeIncoming(UUID conflictId, SyncRepository.ImportedSheet incoming, byte[] localPdf, String localSha256,
                             UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            SyncConflictRecord c = lockOpen(tx, conflictId);
            if (!"SAME_ID".equals(c.getKind()) || !incoming.id().equals(c.getLocalId())) {
                throw new DomainException(Problem.of("problem.conflict.wrongChoice"));
            }
            SyncRepository.requireItemsOfTemplate(tx, incoming);
            OffsetDateTime now = OffsetDateTime.now(clock);
            new SyncReferences(clock).ensure(tx, incoming);
            UUID id = incoming.id();
            tx.deleteFrom(ITEM_RESULT).where(ITEM_RESULT.INSPECTION_ID.eq(id)).execute();
            tx.deleteFrom(PHOTO).where(PHOTO.INSPECTION_ID.eq(id)).execute();
            tx.deleteFrom(PLACE_CHECKIN).where(PLACE_CHECKIN.INSPECTION_ID.eq(id)).execute();
            tx.deleteFrom(SIGNATURE).where(SIGNATURE.INSPECTION_ID.eq(id)).execute();
            tx.update(INSPECTION).set(INSPECTION.TEMPLATE_VERSION_ID, incoming.templateVersionId())
                    .set(INSPECTION.PROVIDER_ID, incoming.provider().id()).set(INSPECTION.PLACE_ID, incoming.place().id())
                    .set(INSPECTION.INSPECTOR_ID, incoming.inspector().id()).set(INSPECTION.KIND, incoming.kind())
                    .set(INSPECTION.STARTED_AT, incoming.startedAt()).set(INSPECTION.FINISHED_AT, incoming.finishedAt())
                    .set(INSPECTION.SIGNED_AT, incoming.signedAt()).set(INSPECTION.SCORE, incoming.score())
                    .set(INSPECTION.GRADE, incoming.grade()).set(INSPECTION.ORIGIN_DEVICE, incoming.originDevice())
                    .set(INSPECTION.CONTENT_HASH, incoming.contentHash()).set(INSPECTION.UPDATED_AT, now)
                    .where(INSPECTION.ID.eq(id)).execute();
            SyncRepository.insertChildren(tx, incoming, now);
            c.setLocalPdf(localPdf);
            c.setLocalSha256(localSha256);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("conflict", conflictId.toString());
            detail.put("replacedSha256", String.valueOf(localSha256));
            detail.put("pdfSha256", incoming.contentHash());
            changeLog.append(tx, "inspection", id, id, "REPLACED_BY_SYNC", detail, actorId);
            resolved(tx, c, "TOOK_INCOMING", now, actorId);
        });
    }

    private static SyncConflictRecord lockOpen(DSLContext tx, UUID conflictId) {
        SyncConflictRecord c = tx.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(conflictId)).forUpdate().fetchOne();
        if (c == null || c.getResolvedAt() != null) {
            throw new DomainException(Problem.of("problem.conflict.gone"));
        }
        return c;
    }

    private void resolved(DSLContext tx, SyncConflictRecord c, String resolution, OffsetDateTime now, UUID actorId) {
        c.setResolvedAt(now);
        c.setResolvedBy(actorId);
        c.setResolution(resolution);
        c.store();
        changeLog.append(tx, "sync_conflict", c.getId(), c.getInspectionId(), "RESOLVED",
                Map.of("resolution", resolution, "kind", c.getKind()), actorId);
    }
}

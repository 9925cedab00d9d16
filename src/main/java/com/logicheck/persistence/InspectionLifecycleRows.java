package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.INSPECTION;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.inspection.InspectionLifecycle;
import com.logicheck.domain.inspection.InspectionStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.jooq.Record9;
import org.jooq.SelectConditionStep;

/**
 * The lifecycle columns of a sheet, read locked and written as {@link InspectionLifecycle} decided. A write is
 * guarded by the status it was decided from (an optimistic check): when the row moved on meanwhile, the aggregate is
 * asked again on what the row holds now, so the refusal is the aggregate's, never one made up here.
 */
final class InspectionLifecycleRows {
    private InspectionLifecycleRows() {
    }

    /** The sheet's lifecycle, locked for the rest of the transaction. */
    static Optional<InspectionLifecycle> lock(DSLContext tx, UUID inspectionId) {
        return select(tx, inspectionId).forUpdate().fetchOptional(InspectionLifecycleRows::lifecycle);
    }

    /** The sheet's lifecycle as it is now, not locked (for a rule that only reads it). */
    static Optional<InspectionLifecycle> read(DSLContext tx, UUID inspectionId) {
        return select(tx, inspectionId).fetchOptional(InspectionLifecycleRows::lifecycle);
    }

    private static SelectConditionStep<Record9<UUID, String, Integer, UUID, OffsetDateTime, BigDecimal, String,
            OffsetDateTime, String>> select(DSLContext tx, UUID inspectionId) {
        return tx.select(INSPECTION.ID, INSPECTION.STATUS, INSPECTION.REVISION, INSPECTION.SUPERSEDES_ID,
                        INSPECTION.FINISHED_AT, INSPECTION.SCORE, INSPECTION.GRADE, INSPECTION.SIGNED_AT,
                        INSPECTION.CONTENT_HASH)
                .from(INSPECTION).where(INSPECTION.ID.eq(inspectionId));
    }

    private static InspectionLifecycle lifecycle(Record9<UUID, String, Integer, UUID, OffsetDateTime, BigDecimal, String,
            OffsetDateTime, String> r) {
        return new InspectionLifecycle(r.value1(), InspectionStatus.valueOf(r.value2()), r.value3(), r.value4(),
                r.value5(), r.value6(), r.value7(), r.value8(), r.value9());
    }

    static InspectionLifecycle existing(DSLContext tx, UUID inspectionId) {
        return lock(tx, inspectionId)
                .orElseThrow(() -> new DomainException(Problem.of("problem.inspection.missing", inspectionId)));
    }

    /**
     * Writes {@code after} over the row if it still holds {@code before}'s status; otherwise {@code step} is asked
     * again on the row as it is now and refuses (with its message) what {@code before} allowed.
     */
    static void write(DSLContext tx, InspectionLifecycle before, InspectionLifecycle after, OffsetDateTime now,
                      UnaryOperator<InspectionLifecycle> step) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("a decision about " + before.id() + " written to " + after.id());
        }
        int updated = tx.update(INSPECTION).set(INSPECTION.STATUS, after.status().name())
                .set(INSPECTION.FINISHED_AT, after.finishedAt()).set(INSPECTION.SCORE, after.score())
                .set(INSPECTION.GRADE, after.grade()).set(INSPECTION.SIGNED_AT, after.signedAt())
                .set(INSPECTION.CONTENT_HASH, after.contentHash()).set(INSPECTION.UPDATED_AT, now)
                .where(INSPECTION.ID.eq(after.id())).and(INSPECTION.STATUS.eq(before.status().name())).execute();
        if (updated == 0) {
            throw askedAgain(tx, after.id(), step);
        }
    }

    /**
     * Locks a draft before its answers or photos are written; a sheet that is no longer a draft is refused as the
     * aggregate refuses an edit ({@link InspectionLifecycle#requireEditable}).
     */
    static void guardDraft(DSLContext tx, UUID inspectionId) {
        int updated = tx.update(INSPECTION).set(INSPECTION.UPDATED_AT, INSPECTION.UPDATED_AT)
                .where(INSPECTION.ID.eq(inspectionId)).and(INSPECTION.STATUS.eq(InspectionStatus.DRAFT.name())).execute();
        if (updated == 0) {
            throw askedAgain(tx, inspectionId, InspectionLifecycle::requireEditable);
        }
    }

    private static RuntimeException askedAgain(DSLContext tx, UUID inspectionId, UnaryOperator<InspectionLifecycle> step) {
        InspectionLifecycle now = existing(tx, inspectionId);
        step.apply(now);
        return new IllegalStateException("sheet " + inspectionId + " changed while " + now.status() + " was written");
    }
}

package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.CHANGE_LOG;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The append-only change history (变更记录). Rows are written inside the transaction of the change they
 * describe; this class offers no update and no delete.
 */
public final class ChangeLog {
    private final Clock clock;
    private final UUID deviceId;

    public ChangeLog(Clock clock, UUID deviceId) {
        this.clock = clock;
        this.deviceId = deviceId;
    }

    /** One history row, oldest first when listed. */
    public record Entry(long seq, String entity, UUID entityId, String action, String detail, UUID actorId,
                        OffsetDateTime at) {
    }

    void append(DSLContext tx, String entity, UUID entityId, UUID inspectionId, String action,
                Map<String, ?> detail, UUID actorId) {
        tx.insertInto(CHANGE_LOG)
                .set(CHANGE_LOG.ID, UUID.randomUUID())
                .set(CHANGE_LOG.ENTITY, entity)
                .set(CHANGE_LOG.ENTITY_ID, entityId)
                .set(CHANGE_LOG.INSPECTION_ID, inspectionId)
                .set(CHANGE_LOG.ACTION, action)
                .set(CHANGE_LOG.DETAIL, JsonCodec.map(detail))
                .set(CHANGE_LOG.ACTOR_ID, actorId)
                .set(CHANGE_LOG.DEVICE_ID, deviceId)
                .set(CHANGE_LOG.AT, OffsetDateTime.now(clock))
                .execute();
    }

    public List<Entry> forInspection(DSLContext dsl, UUID inspectionId) {
        return dsl.selectFrom(CHANGE_LOG).where(CHANGE_LOG.INSPECTION_ID.eq(inspectionId)).orderBy(CHANGE_LOG.SEQ)
                .fetch(r -> new Entry(r.getSeq(), r.getEntity(), r.getEntityId(), r.getAction(), r.getDetail(),
                        r.getActorId(), r.getAt()));
    }

    /** The history of one entity (e.g. a rectification order), oldest first. */
    public List<Entry> forEntity(DSLContext dsl, String entity, UUID entityId) {
        return dsl.selectFrom(CHANGE_LOG).where(CHANGE_LOG.ENTITY.eq(entity).and(CHANGE_LOG.ENTITY_ID.eq(entityId)))
                .orderBy(CHANGE_LOG.SEQ)
                .fetch(r -> new Entry(r.getSeq(), r.getEntity(), r.getEntityId(), r.getAction(), r.getDetail(),
                        r.getActorId(), r.getAt()));
    }

    /** When the newest history row was written (empty for a database without history). Reads one index entry. */
    public static Optional<OffsetDateTime> latest(DSLContext dsl) {
        return dsl.select(CHANGE_LOG.AT).from(CHANGE_LOG)
                .where(CHANGE_LOG.SEQ.eq(dsl.select(DSL.max(CHANGE_LOG.SEQ)).from(CHANGE_LOG)))
                .fetchOptional(CHANGE_LOG.AT);
    }

    public UUID deviceId() {
        return deviceId;
    }
}

package com.logicheck.service;

import com.logicheck.persistence.ChangeLog;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One row of the change history (变更记录) as the screens show it: what was done to which entity, by whom and when,
 * with the details as the change log stored them (JSON).
 */
public record HistoryEntry(long seq, String entity, UUID entityId, String action, String detail, UUID actorId,
                           OffsetDateTime at) {

    static HistoryEntry of(ChangeLog.Entry e) {
        return new HistoryEntry(e.seq(), e.entity(), e.entityId(), e.action(), e.detail(), e.actorId(), e.at());
    }
}

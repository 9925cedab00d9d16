package com.logicheck.domain.rectification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 复查: who re-inspected an order, when, with what evidence, and the verdict. A failed re-inspection carries the
 * order's new deadline. {@code round} is the order's deadline round it judged (1 = the first deadline).
 */
public record Reinspection(UUID id, UUID orderId, int round, UUID inspectorId, OffsetDateTime at, Verdict verdict,
                           String note, List<String> photos, LocalDate newDeadline) {
    public Reinspection {
        note = note == null ? "" : note.strip();
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}

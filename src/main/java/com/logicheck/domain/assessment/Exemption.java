package com.logicheck.domain.assessment;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * 不予扣分: an inspector asks that a deduction not count because it was not the provider's fault; a supervisor
 * approves or rejects it. An approved exemption gives the item's points back in the monthly assessment, while the
 * signed sheet itself stays as it was; the exemption and its reason stay visible in both.
 */
public record Exemption(UUID id, UUID inspectionId, UUID itemId, ExemptionReason reason, String text,
                        String requestedBy, OffsetDateTime requestedAt, ExemptionStatus status, String decidedBy,
                        OffsetDateTime decidedAt, String decisionNote) {

    public boolean restores() {
        return status == ExemptionStatus.APPROVED;
    }
}

package com.logicheck.domain.assessment;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * 申辩: the provider contests a deduction; a supervisor upholds it (the deduction stays) or overturns it (the
 * points come back in the monthly assessment). Both the appeal and the decision stay in the sheet's history.
 */
public record Appeal(UUID id, UUID inspectionId, UUID itemId, String statement, String raisedBy,
                     OffsetDateTime raisedAt, AppealStatus status, String decidedBy, OffsetDateTime decidedAt,
                     String decisionReason) {

    public boolean restores() {
        return status == AppealStatus.OVERTURNED;
    }
}

package com.logicheck.service;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One inspection sheet in a list of the home screen (首页): what it is, where, by whom, how far and its score;
 * {@code present}: it has a check-in at its own place (else it is marked 未到点确认, issue 16).
 */
public record SheetListing(UUID id, String templateTitle, String providerName, String placePath, String inspectorName,
                           InspectionKind kind, InspectionStatus status, OffsetDateTime startedAt,
                           OffsetDateTime updatedAt, BigDecimal score, String grade, String number, boolean present) {
}

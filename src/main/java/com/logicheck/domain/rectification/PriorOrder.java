package com.logicheck.domain.rectification;

import java.time.LocalDate;
import java.util.UUID;

/** An earlier order on the same item at the same place, as the repeat rule sees it; {@code closedOn} null while open. */
public record PriorOrder(UUID orderId, RectificationStatus status, LocalDate closedOn, ResponsibilityLevel level) {
}

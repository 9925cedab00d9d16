package com.logicheck.domain.rectification;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * 不合格项: one deduction an order is about. {@code templateId} and {@code itemCode} name the item across template
 * versions (the repeat rule compares them); {@code placeId} is where the problem was found.
 */
public record OrderItem(UUID templateItemId, UUID templateId, String itemCode, String content, UUID placeId,
                        BigDecimal deduction, String note) {
    public OrderItem {
        note = note == null ? "" : note;
    }
}

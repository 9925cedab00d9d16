package com.logicheck.domain.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 师生员工投诉 about one item of a counted template. {@code basis} is what the item's 评分标准 deducts for the fault
 * complained about (computed from the entered quantities like a sheet answer); a substantiated complaint deducts it
 * times the scheme's multiplier. An unsubstantiated complaint is kept and shown, and deducts nothing.
 */
public record Complaint(UUID id, LocalDate receivedOn, String templateCode, String itemCode, String itemContent,
                        BigDecimal basis, boolean substantiated, String description) {
    public Complaint {
        description = description == null ? "" : description;
    }
}

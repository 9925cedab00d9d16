package com.logicheck.domain.assessment;

import java.math.BigDecimal;

/** 投诉: each substantiated complaint deducts the related item's points times {@code multiplier} (加倍扣分: 2). */
public record ComplaintRule(BigDecimal multiplier) {
}

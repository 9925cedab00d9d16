package com.logicheck.domain.assessment;

import java.math.BigDecimal;

/**
 * 投诉: each substantiated complaint deducts the related item's points times {@code multiplier} (加倍扣分: 2), off
 * the month's total ({@code from} null, seed 004's reading) or off the score of the named component (e.g. a college
 * that takes complaints off 后勤服务中心考核 only).
 */
public record ComplaintRule(BigDecimal multiplier, ComponentKind from) {

    /** Off the month's total. */
    public ComplaintRule(BigDecimal multiplier) {
        this(multiplier, null);
    }
}

package com.logicheck.domain.assessment;

import java.math.BigDecimal;

/**
 * 一票否决: one ground that makes the month fail whatever the score. {@code minLoss} (元, inclusive) and
 * {@code casualties} apply to {@link VetoType#SAFETY_ACCIDENT}; {@code rateAbove} (percent, exclusive) to
 * {@link VetoType#DISSATISFACTION}; the other grounds veto on any recorded event.
 */
public record VetoRule(VetoType type, BigDecimal minLoss, boolean casualties, BigDecimal rateAbove) {

    public static VetoRule event(VetoType type) {
        return new VetoRule(type, null, false, null);
    }
}

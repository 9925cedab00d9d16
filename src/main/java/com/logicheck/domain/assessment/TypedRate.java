package com.logicheck.domain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 不满意率 typed for the month (percent, two decimals) with the panel it was counted on. It must be a whole number
 * of people: 10% of 30 is 3; 11% of 30 is not a rate a panel of 30 can give.
 */
public record TypedRate(BigDecimal percent, int panel) {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** The dissatisfied people the rate stands for, rounded to a whole person. */
    public int dissatisfied() {
        return percent.multiply(BigDecimal.valueOf(panel)).divide(HUNDRED, 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** Whether the rate is one a panel of that size can give (to the 0.01 it is typed with). */
    public boolean valid() {
        if (percent == null || panel < 1 || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            return false;
        }
        BigDecimal back = BigDecimal.valueOf(dissatisfied()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(panel), 2, RoundingMode.HALF_UP);
        return back.compareTo(percent) == 0;
    }
}

package com.logicheck.domain.assessment;

import java.math.BigDecimal;

/**
 * 奖惩金额: reward or penalty in 元 and how it was derived. Per point: {@code points} beyond {@code threshold} times
 * {@code rate} 元. Bond: {@code rate} percent of {@code bond}. {@code passedDown} is {@code passDownPercent} of the
 * amount, which the provider must pass on to the department that did the work. {@code rewardWithheld} when a veto
 * stopped a reward the score alone would have earned.
 */
public record MoneyResult(Kind kind, Direction direction, BigDecimal threshold, BigDecimal points, BigDecimal rate,
                          BigDecimal bond, BigDecimal amount, BigDecimal passDownPercent, BigDecimal passedDown,
                          boolean rewardWithheld, boolean tenderPreference) {

    public enum Kind {
        PER_POINT, BOND_PERCENT, NONE
    }

    public enum Direction {
        REWARD, PENALTY, NONE
    }
}

package com.logicheck.domain.assessment;

import java.math.BigDecimal;

/** 奖惩: how the month's result turns into money. */
public sealed interface MoneyRule permits MoneyRule.PerPoint, MoneyRule.BondPercent, MoneyRule.None {

    /**
     * 按分奖惩 (seed 000): below {@code penaltyBelow} a penalty of {@code penaltyPerPoint} 元 per point below it; above
     * {@code rewardAbove} a reward of {@code rewardPerPoint} 元 per point above it; in between (both ends included)
     * neither.
     */
    record PerPoint(BigDecimal penaltyBelow, BigDecimal penaltyPerPoint, BigDecimal rewardAbove,
                    BigDecimal rewardPerPoint) implements MoneyRule {
    }

    /**
     * 按履约保证金比例 (seed 004): a failing month costs {@code failPercent}% of the performance bond (违约金); a total of
     * {@code rewardFrom} or more earns {@code rewardPercent}% of it, and {@code tenderPreference} (优先考虑) at the
     * next tender.
     */
    record BondPercent(BigDecimal failPercent, BigDecimal rewardFrom, BigDecimal rewardPercent,
                       boolean tenderPreference) implements MoneyRule {
    }

    /** No money follows from the result. */
    record None() implements MoneyRule {
    }
}

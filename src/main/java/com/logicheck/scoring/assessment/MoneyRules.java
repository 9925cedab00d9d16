package com.logicheck.scoring.assessment;

import com.logicheck.domain.Scores;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.MoneyResult;
import com.logicheck.domain.assessment.MoneyResult.Direction;
import com.logicheck.domain.assessment.MoneyResult.Kind;
import com.logicheck.domain.assessment.MoneyRule;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 奖惩: per point (seed 000: below 850 → (850 − total) × 50 元 penalty; 850…950 both included → none; above 950 →
 * (total − 950) × 50 元 reward) or a percent of the performance bond (seed 004: a failing month → 1% 违约金; 90 or
 * more → 1% reward). A vetoed month earns no reward. The share passed down (60%) is of whichever amount results.
 * Amounts are 元 to the 分, rounded HALF_UP once (ADR 0008).
 */
final class MoneyRules {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private MoneyRules() {
    }

    /** {@code total} is null when the month is incomplete; {@code failed} already includes a veto. */
    static MoneyResult apply(AssessmentScheme scheme, BigDecimal total, boolean failed, boolean vetoed, BigDecimal bond) {
        BigDecimal share = scheme.passDownPercent();
        if (scheme.money() instanceof MoneyRule.PerPoint p) {
            if (total == null) {
                return none(Kind.PER_POINT, share, false);
            }
            if (total.compareTo(p.penaltyBelow()) < 0) {
                BigDecimal points = p.penaltyBelow().subtract(total);
                return result(Kind.PER_POINT, Direction.PENALTY, p.penaltyBelow(), points, p.penaltyPerPoint(), null,
                        points.multiply(p.penaltyPerPoint()), share, false, false);
            }
            if (total.compareTo(p.rewardAbove()) > 0) {
                if (vetoed) {
                    return none(Kind.PER_POINT, share, true);
                }
                BigDecimal points = total.subtract(p.rewardAbove());
                return result(Kind.PER_POINT, Direction.REWARD, p.rewardAbove(), points, p.rewardPerPoint(), null,
                        points.multiply(p.rewardPerPoint()), share, false, false);
            }
            return none(Kind.PER_POINT, share, false);
        }
        if (scheme.money() instanceof MoneyRule.BondPercent b) {
            BigDecimal base = bond == null ? BigDecimal.ZERO : bond;
            if (failed) {
                boolean withheld = total != null && total.compareTo(b.rewardFrom()) >= 0;
                return result(Kind.BOND_PERCENT, Direction.PENALTY, null, null, b.failPercent(), base,
                        percent(base, b.failPercent()), share, withheld, false);
            }
            if (total != null && total.compareTo(b.rewardFrom()) >= 0) {
                return result(Kind.BOND_PERCENT, Direction.REWARD, b.rewardFrom(), null, b.rewardPercent(), base,
                        percent(base, b.rewardPercent()), share, false, b.tenderPreference());
            }
            return none(Kind.BOND_PERCENT, share, false);
        }
        return none(Kind.NONE, BigDecimal.ZERO, false);
    }

    private static BigDecimal percent(BigDecimal base, BigDecimal percent) {
        return base.multiply(percent).divide(HUNDRED, Scores.SCALE, RoundingMode.HALF_UP);
    }

    private static MoneyResult result(Kind kind, Direction direction, BigDecimal threshold, BigDecimal points,
                                      BigDecimal rate, BigDecimal bond, BigDecimal amount, BigDecimal share,
                                      boolean withheld, boolean preference) {
        BigDecimal yuan = Scores.normalise(amount);
        BigDecimal passed = share.signum() == 0 ? Scores.normalise(BigDecimal.ZERO)
                : yuan.multiply(share).divide(HUNDRED, Scores.SCALE, RoundingMode.HALF_UP);
        return new MoneyResult(kind, direction, threshold, points == null ? null : Scores.normalise(points), rate, bond,
                yuan, share, passed, withheld, preference);
    }

    private static MoneyResult none(Kind kind, BigDecimal share, boolean withheld) {
        BigDecimal zero = Scores.normalise(BigDecimal.ZERO);
        return new MoneyResult(kind, Direction.NONE, null, null, null, null, zero, share, zero, withheld, false);
    }
}

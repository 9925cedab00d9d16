package com.logicheck.scoring;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.TemplateItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * 补录: a paper sheet gives the points deducted on an item, not the counts behind them. This finds the quantities of
 * the item's 评分标准 that deduct exactly those points (one clause carries them, the others stay 0), so a back-entered
 * answer is scored like any other. Refused, naming the item, when the points are not positive, larger than the item's
 * 分值, or not a deduction any clause gives.
 */
public final class PaperDeduction {
    private PaperDeduction() {
    }

    /** The quantities (one per clause) that deduct {@code points} on {@code item}. */
    public static List<BigDecimal> quantities(TemplateItem item, BigDecimal points) {
        if (points == null || points.signum() <= 0) {
            throw new DomainException(Problem.of("problem.backEntry.deductionNotPositive", item.code()));
        }
        BigDecimal max = Scores.normalise(item.maxScore());
        if (points.compareTo(max) > 0) {
            throw new DomainException(Problem.of("problem.backEntry.deductionTooLarge", item.code(),
                    Scores.format(points), Scores.format(max)));
        }
        List<DeductionRule> rules = item.rules();
        for (int i = 0; i < rules.size(); i++) {
            BigDecimal q = quantity(rules.get(i), points, points.compareTo(max) == 0);
            if (q != null) {
                List<BigDecimal> quantities = new ArrayList<>(Collections.nCopies(rules.size(), BigDecimal.ZERO));
                quantities.set(i, q);
                if (ItemDeduction.check(item, quantities).isEmpty()
                        && ItemDeduction.capped(item, quantities).compareTo(points) == 0) {
                    return List.copyOf(quantities);
                }
            }
        }
        throw new DomainException(Problem.of("problem.backEntry.deductionNotInCriteria", item.code(),
                Scores.format(points), item.criteria()));
    }

    /** The quantity of {@code rule} deducting {@code points}; the item's whole 分值 also by enough occurrences. */
    private static BigDecimal quantity(DeductionRule rule, BigDecimal points, boolean wholeItem) {
        if (rule instanceof DeductionRule.Range r) {
            return points;
        }
        BigDecimal each = rule instanceof DeductionRule.PerOccurrence p ? p.points() : ((DeductionRule.PerUnit) rule).points();
        if (each.signum() <= 0) {
            return null;
        }
        BigDecimal count = points.remainder(each).signum() == 0 ? points.divide(each, 0, RoundingMode.UNNECESSARY)
                : wholeItem ? points.divide(each, 0, RoundingMode.CEILING) : null;
        if (count == null) {
            return null;
        }
        return rule instanceof DeductionRule.PerUnit u ? count.multiply(u.unitSize()) : count;
    }
}

package com.logicheck.scoring;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.TemplateItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the quantities an inspector entered for one item into points deducted, following the item's
 * 评分标准. Refuses quantities that no rule allows (negative, fractional counts, range values off the scale)
 * with a {@link Problem} per mistake; caps the result at the item's 分值.
 */
public final class ItemDeduction {

    /** Counts above this are typing mistakes, not inspections. */
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("9999");

    private ItemDeduction() {
    }

    /** Problems with the quantities, empty when they are acceptable. */
    public static List<Problem> check(TemplateItem item, List<BigDecimal> quantities) {
        List<Problem> problems = new ArrayList<>();
        List<DeductionRule> rules = item.rules();
        if (quantities.size() != rules.size()) {
            problems.add(Problem.of("problem.quantity.count", item.code(), rules.size(), quantities.size()));
            return problems;
        }
        for (int i = 0; i < rules.size(); i++) {
            BigDecimal q = quantities.get(i);
            DeductionRule rule = rules.get(i);
            if (q == null) {
                problems.add(Problem.of("problem.quantity.missing", item.code(), rule.label()));
            } else if (q.signum() < 0) {
                problems.add(Problem.of("problem.quantity.negative", item.code(), rule.label()));
            } else if (q.compareTo(MAX_QUANTITY) > 0) {
                problems.add(Problem.of("problem.quantity.tooLarge", item.code(), rule.label(), MAX_QUANTITY));
            } else {
                checkRule(item, rule, q, problems);
            }
        }
        return problems;
    }

    private static void checkRule(TemplateItem item, DeductionRule rule, BigDecimal q, List<Problem> problems) {
        if (rule instanceof DeductionRule.PerOccurrence && q.stripTrailingZeros().scale() > 0) {
            problems.add(Problem.of("problem.quantity.wholeNumber", item.code(), rule.label()));
        } else if (rule instanceof DeductionRule.Range r && q.signum() != 0) {
            if (q.compareTo(r.min()) < 0 || q.compareTo(r.max()) > 0) {
                problems.add(Problem.of("problem.quantity.outOfRange", item.code(), rule.label(),
                        Scores.format(r.min()), Scores.format(r.max())));
            } else if (q.subtract(r.min()).remainder(r.step()).signum() != 0) {
                problems.add(Problem.of("problem.quantity.offStep", item.code(), rule.label(), Scores.format(r.step())));
            }
        }
    }

    /** Points deducted before the cap at the item's max. Throws when {@link #check} finds problems. */
    public static BigDecimal uncapped(TemplateItem item, List<BigDecimal> quantities) {
        List<Problem> problems = check(item, quantities);
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < quantities.size(); i++) {
            total = total.add(clause(item.rules().get(i), quantities.get(i)));
        }
        return Scores.normalise(total);
    }

    /** Points deducted, capped at the item's 分值. */
    public static BigDecimal capped(TemplateItem item, List<BigDecimal> quantities) {
        return Scores.min(uncapped(item, quantities), Scores.normalise(item.maxScore()));
    }

    private static BigDecimal clause(DeductionRule rule, BigDecimal q) {
        if (rule instanceof DeductionRule.PerOccurrence p) {
            return p.points().multiply(q);
        } else if (rule instanceof DeductionRule.PerUnit u) {
            BigDecimal wholeUnits = q.divide(u.unitSize(), 0, RoundingMode.FLOOR);
            return u.points().multiply(wholeUnits);
        } else {
            return q;
        }
    }
}

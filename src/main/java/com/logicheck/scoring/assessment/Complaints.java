package com.logicheck.scoring.assessment;

import com.logicheck.domain.Scores;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.Complaint;
import com.logicheck.domain.assessment.ComplaintResult;
import com.logicheck.domain.assessment.ComponentResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 投诉按附件1加倍扣分 (seed 004 第14篇 二(三)): a substantiated complaint deducts what the related item's 评分标准
 * deducts, times the multiplier (2), from the month's total. Items are points of 100-point sheets, so on a 1000-point
 * scheme the sum is scaled by scale ÷ 100. Unsubstantiated complaints are listed and deduct 0. Without a complaint
 * rule in the scheme every complaint deducts 0. A scheme may take complaints off a component instead: the sum comes
 * off that component's 100-scale score (not below 0), and the total loses what the component's points lose:
 * points − max(0, score − Σ) × weight ÷ 100.
 */
final class Complaints {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Complaints() {
    }

    static ComplaintResult apply(AssessmentScheme scheme, List<Complaint> complaints, List<ComponentResult> components) {
        BigDecimal multiplier = scheme.complaints() == null ? BigDecimal.ZERO : scheme.complaints().multiplier();
        BigDecimal zero = Scores.normalise(BigDecimal.ZERO);
        List<ComplaintResult.Line> lines = complaints.stream()
                .sorted(Comparator.comparing(Complaint::receivedOn).thenComparing(c -> c.id().toString()))
                .map(c -> new ComplaintResult.Line(c, c.substantiated()
                        ? Scores.normalise(c.basis().multiply(multiplier)) : zero))
                .toList();
        BigDecimal sum = lines.stream().map(ComplaintResult.Line::deduction).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rate = scheme.complaints() == null ? null : multiplier;
        Optional<ComponentResult> target = scheme.complaints() == null || scheme.complaints().from() == null
                ? Optional.empty()
                : components.stream().filter(c -> c.kind() == scheme.complaints().from()).findFirst();
        if (target.isPresent()) {
            ComponentResult c = target.get();
            if (!c.available()) {
                return new ComplaintResult(rate, lines, zero, c.title());
            }
            BigDecimal after = Scores.max(zero, c.score().subtract(sum));
            BigDecimal afterPoints = after.multiply(c.weight()).divide(HUNDRED, Scores.SCALE, RoundingMode.HALF_UP);
            return new ComplaintResult(rate, lines, Scores.normalise(c.points().subtract(afterPoints)), c.title());
        }
        BigDecimal deduction = sum.multiply(scheme.scale()).divide(HUNDRED, Scores.SCALE, RoundingMode.HALF_UP);
        return new ComplaintResult(rate, lines, deduction);
    }
}

package com.logicheck.scoring;

import com.logicheck.domain.Scores;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.NaPolicy;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.domain.template.TemplateSection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scores one sheet (考核表) exactly: item deductions capped at the item's 分值, a heading's at its subtotal,
 * the sheet never below zero; 不适用 items per the template's {@link NaPolicy}; grade from the template's bands.
 */
public final class SheetScorer {

    public SheetScore score(ChecklistTemplate template, Map<UUID, ItemResult> results) {
        Map<UUID, ItemScore> itemScores = new HashMap<>();
        List<SectionScore> sectionScores = new ArrayList<>();
        boolean rescale = template.naPolicy() == NaPolicy.RESCALE;
        int answered = 0;
        int deducted = 0;
        int notApplicable = 0;
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal capacityTotal = BigDecimal.ZERO;

        for (TemplateSection section : template.sections()) {
            BigDecimal sectionDeduction = BigDecimal.ZERO;
            BigDecimal naMax = BigDecimal.ZERO;
            for (TemplateItem item : section.items()) {
                ItemScore score = scoreItem(item, results.get(item.id()));
                itemScores.put(item.id(), score);
                if (score.answered()) {
                    answered++;
                }
                if (score.outcome() == Outcome.NOT_APPLICABLE) {
                    notApplicable++;
                    naMax = naMax.add(item.maxScore());
                } else if (score.deduction().signum() > 0) {
                    deducted++;
                    sectionDeduction = sectionDeduction.add(score.deduction());
                }
            }
            BigDecimal subtotal = Scores.normalise(section.subtotal());
            BigDecimal capacity = subtotal;
            if (rescale) {
                BigDecimal itemsMax = section.items().stream().map(TemplateItem::maxScore)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                capacity = Scores.max(BigDecimal.ZERO, Scores.min(subtotal, Scores.normalise(itemsMax.subtract(naMax))));
            }
            BigDecimal cappedDeduction = Scores.min(sectionDeduction, capacity);
            BigDecimal sectionEarned = capacity.subtract(cappedDeduction);
            sectionScores.add(new SectionScore(section.title(), subtotal, capacity, cappedDeduction, sectionEarned));
            earned = earned.add(sectionEarned);
            capacityTotal = capacityTotal.add(capacity);
        }

        BigDecimal totalScore = Scores.normalise(template.totalScore());
        BigDecimal total;
        if (capacityTotal.signum() == 0) {
            total = totalScore;
        } else if (capacityTotal.compareTo(totalScore) == 0) {
            total = earned;
        } else {
            total = earned.multiply(totalScore).divide(capacityTotal, Scores.SCALE, RoundingMode.HALF_UP);
        }
        total = Scores.normalise(Scores.max(BigDecimal.ZERO, total));
        String grade = template.gradeBands().gradeFor(percent(total, totalScore));
        return new SheetScore(itemScores, sectionScores, total, totalScore, grade, answered,
                template.itemCount(), deducted, notApplicable);
    }

    private static BigDecimal percent(BigDecimal total, BigDecimal totalScore) {
        if (totalScore.compareTo(new BigDecimal("100")) == 0 || totalScore.signum() == 0) {
            return total;
        }
        return total.multiply(new BigDecimal("100")).divide(totalScore, Scores.SCALE, RoundingMode.HALF_UP);
    }

    private static ItemScore scoreItem(TemplateItem item, ItemResult result) {
        BigDecimal max = Scores.normalise(item.maxScore());
        BigDecimal zero = Scores.normalise(BigDecimal.ZERO);
        if (result == null) {
            return new ItemScore(item.id(), null, max, zero, zero, max);
        }
        return switch (result.outcome()) {
            case PASS -> new ItemScore(item.id(), Outcome.PASS, max, zero, zero, max);
            case NOT_APPLICABLE -> new ItemScore(item.id(), Outcome.NOT_APPLICABLE, max, zero, zero, max);
            case DEDUCT -> {
                BigDecimal uncapped = ItemDeduction.uncapped(item, result.quantities());
                BigDecimal capped = Scores.min(uncapped, max);
                yield new ItemScore(item.id(), Outcome.DEDUCT, max, uncapped, capped, max.subtract(capped));
            }
        };
    }
}

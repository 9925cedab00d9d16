package com.logicheck.scoring.assessment;

import com.logicheck.domain.Scores;
import com.logicheck.domain.assessment.Appeal;
import com.logicheck.domain.assessment.ComponentResult.DeductionLine;
import com.logicheck.domain.assessment.ComponentResult.SheetResult;
import com.logicheck.domain.assessment.Exemption;
import com.logicheck.domain.assessment.SheetInput;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.scoring.ItemScore;
import com.logicheck.scoring.SheetScore;
import com.logicheck.scoring.SheetScorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Scores one sheet for the month: as answered, and again with every deduction an approved exemption (不予扣分) or
 * an overturned appeal (申辩成立) relieves answered as 合格 instead. Scoring the whole sheet again keeps the caps of
 * ADR 0004 right (a heading capped at its subtotal gives back only what the cap had not already absorbed). The
 * signed sheet itself is not changed.
 */
final class SheetRelief {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private final SheetScorer scorer;

    SheetRelief(SheetScorer scorer) {
        this.scorer = scorer;
    }

    SheetResult score(SheetInput sheet) {
        Set<UUID> relieved = new HashSet<>();
        sheet.exemptions().stream().filter(Exemption::restores).forEach(e -> relieved.add(e.itemId()));
        sheet.appeals().stream().filter(Appeal::restores).forEach(a -> relieved.add(a.itemId()));

        SheetScore asAnswered = scorer.score(sheet.template(), sheet.results());
        Map<UUID, ItemResult> adjusted = new HashMap<>(sheet.results());
        for (UUID itemId : relieved) {
            ItemResult r = adjusted.get(itemId);
            if (r != null && r.outcome() == Outcome.DEDUCT) {
                adjusted.put(itemId, ItemResult.pass(itemId).withNote(r.note()));
            }
        }
        SheetScore afterRelief = relieved.isEmpty() ? asAnswered : scorer.score(sheet.template(), adjusted);

        Map<UUID, List<Exemption>> exemptions = sheet.exemptions().stream().collect(Collectors.groupingBy(Exemption::itemId));
        Map<UUID, List<Appeal>> appeals = sheet.appeals().stream().collect(Collectors.groupingBy(Appeal::itemId));
        List<DeductionLine> lines = new ArrayList<>();
        for (TemplateItem item : sheet.template().items().toList()) {
            ItemScore s = asAnswered.item(item.id());
            if (s == null || s.outcome() != Outcome.DEDUCT || s.deduction().signum() == 0) {
                continue;
            }
            ItemResult r = sheet.results().get(item.id());
            lines.add(new DeductionLine(item.id(), item.code(), item.content(), s.deduction(), r.note(),
                    relieved.contains(item.id()), exemptions.getOrDefault(item.id(), List.of()),
                    appeals.getOrDefault(item.id(), List.of())));
        }
        BigDecimal total = afterRelief.total();
        BigDecimal totalScore = Scores.normalise(sheet.template().totalScore());
        BigDecimal score100 = totalScore.compareTo(HUNDRED) == 0 ? total
                : total.multiply(HUNDRED).divide(totalScore, Scores.SCALE, RoundingMode.HALF_UP);
        BigDecimal recorded = sheet.recordedScore() == null ? asAnswered.total() : Scores.normalise(sheet.recordedScore());
        return new SheetResult(sheet.inspectionId(), sheet.date(), sheet.kind(), sheet.status(), sheet.place(),
                sheet.inspector(), recorded, total, totalScore, score100, total.subtract(asAnswered.total()), lines);
    }
}

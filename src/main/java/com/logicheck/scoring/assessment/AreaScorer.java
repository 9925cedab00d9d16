package com.logicheck.scoring.assessment;

import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.assessment.AreaRule;
import com.logicheck.domain.assessment.AssessmentInput;
import com.logicheck.domain.assessment.Combine;
import com.logicheck.domain.assessment.ComponentResult;
import com.logicheck.domain.assessment.ComponentResult.AreaResult;
import com.logicheck.domain.assessment.ComponentResult.PartResult;
import com.logicheck.domain.assessment.ComponentResult.SheetResult;
import com.logicheck.domain.assessment.MonthScores.AreaScore;
import com.logicheck.domain.assessment.SchemeComponent;
import com.logicheck.scoring.SheetScorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 分区域考核: each area's score is Σ part score × percent ÷ 100 (e.g. 主管部门 89 × 80% + 服务对象 92 × 20% = 89.60),
 * a sheets part being the mean (100 scale, after reliefs) of the month's counted sheets at the area's places or on
 * its service line, an entered part the score typed for it. The component's score is the plain mean of the areas
 * or Σ area score × weight ÷ 100; each step rounded once (ADR 0008). A part without sheets or without an entered
 * score leaves the component incomplete, naming area and part.
 */
final class AreaScorer {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private final SheetRelief relief;

    AreaScorer(SheetScorer scorer) {
        this.relief = new SheetRelief(scorer);
    }

    ComponentResult score(AssessmentInput in, SchemeComponent c, List<Problem> missing) {
        List<AreaResult> areas = new ArrayList<>();
        boolean complete = true;
        for (AreaRule area : c.areas()) {
            List<PartResult> parts = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (AreaRule.Part part : area.parts()) {
                PartResult r = part.source() == AreaRule.Source.SHEETS ? sheets(in, area, part) : entered(in, area, part);
                if (r.score() == null) {
                    complete = false;
                    missing.add(Problem.of("assess.missing.areaPart", c.title(), area.name(), part.name()));
                } else {
                    sum = sum.add(r.score().multiply(part.percent()));
                }
                parts.add(r);
            }
            boolean all = parts.stream().allMatch(p -> p.score() != null);
            areas.add(new AreaResult(area.name(), area.weight(), parts,
                    all ? sum.divide(HUNDRED, Scores.SCALE, RoundingMode.HALF_UP) : null));
        }
        if (!complete) {
            return new ComponentResult(c.kind(), c.title(), c.weight(), false, null, null, null, null, null, null,
                    null, areas);
        }
        BigDecimal score;
        if (c.areaMean() == Combine.WEIGHTED) {
            score = areas.stream().map(a -> a.score().multiply(a.weight())).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(HUNDRED, Scores.SCALE, RoundingMode.HALF_UP);
        } else {
            score = areas.stream().map(AreaResult::score).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(areas.size()), Scores.SCALE, RoundingMode.HALF_UP);
        }
        BigDecimal points = score.multiply(c.weight()).divide(HUNDRED, Scores.SCALE, RoundingMode.HALF_UP);
        return new ComponentResult(c.kind(), c.title(), c.weight(), true, score, points, null, null, null, null, null,
                areas);
    }

    private PartResult sheets(AssessmentInput in, AreaRule area, AreaRule.Part part) {
        List<SheetResult> sheets = in.sheets().stream()
                .filter(s -> in.scheme().sheets().counts(s.countedAs(), s.kind()))
                .filter(s -> area.covers(s.place(), s.template().serviceLine()))
                .map(relief::score).toList();
        if (sheets.isEmpty()) {
            return new PartResult(part.name(), part.source(), part.percent(), null, 0);
        }
        BigDecimal mean = sheets.stream().map(SheetResult::score100).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(sheets.size()), Scores.SCALE, RoundingMode.HALF_UP);
        return new PartResult(part.name(), part.source(), part.percent(), mean, sheets.size());
    }

    private static PartResult entered(AssessmentInput in, AreaRule area, AreaRule.Part part) {
        Optional<BigDecimal> score = in.scores().areas().stream()
                .filter(s -> s.area().equals(area.name()) && s.part().equals(part.name()))
                .map(AreaScore::score).findFirst();
        return new PartResult(part.name(), part.source(), part.percent(), score.map(Scores::normalise).orElse(null), 0);
    }
}

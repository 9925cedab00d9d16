package com.logicheck.scoring.assessment;

import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.assessment.Combine;
import com.logicheck.domain.assessment.ComponentResult;
import com.logicheck.domain.assessment.ComponentResult.PanelResult;
import com.logicheck.domain.assessment.MonthScores.PanelScore;
import com.logicheck.domain.assessment.PanelRule;
import com.logicheck.domain.assessment.SchemeComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 评议小组: each assessing department's score of the month (0–100), combined by the panel's rule — the mean; the
 * mean after dropping the highest and lowest; or Σ score × weight ÷ 100 — rounded once, then weighted into points
 * of the scheme's total. A score out of range, a member scoring twice or not on the list, a listed member without
 * a score, or too few scores for the trimmed mean leave the component (and the month) incomplete, each named.
 */
final class PanelScorer {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PanelScorer() {
    }

    static ComponentResult score(SchemeComponent c, List<PanelScore> scores, List<Problem> missing) {
        PanelRule rule = c.panel();
        List<Problem> problems = check(c, scores);
        if (!problems.isEmpty()) {
            missing.addAll(problems);
            return unavailable(c, scores);
        }
        List<BigDecimal> sorted = scores.stream().map(PanelScore::score).map(Scores::normalise)
                .sorted(Comparator.naturalOrder()).toList();
        List<BigDecimal> lowest = List.of();
        List<BigDecimal> highest = List.of();
        BigDecimal score;
        if (rule.combine() == Combine.WEIGHTED) {
            Map<String, BigDecimal> weights = rule.members().stream()
                    .collect(Collectors.toMap(PanelRule.Member::name, PanelRule.Member::weight));
            score = scores.stream().map(s -> s.score().multiply(weights.get(s.member())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add).divide(HUNDRED, Scores.SCALE, RoundingMode.HALF_UP);
        } else {
            int dropLow = rule.combine() == Combine.TRIMMED ? rule.dropLowest() : 0;
            int dropHigh = rule.combine() == Combine.TRIMMED ? rule.dropHighest() : 0;
            int n = sorted.size();
            lowest = sorted.subList(0, dropLow);
            List<BigDecimal> high = new ArrayList<>(sorted.subList(n - dropHigh, n));
            Collections.reverse(high);
            highest = high;
            List<BigDecimal> kept = sorted.subList(dropLow, n - dropHigh);
            score = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(kept.size()), Scores.SCALE, RoundingMode.HALF_UP);
        }
        BigDecimal points = score.multiply(c.weight()).divide(HUNDRED, Scores.SCALE, RoundingMode.HALF_UP);
        return new ComponentResult(c.kind(), c.title(), c.weight(), true, score, points, null, null, null, null,
                new PanelResult(rule.combine(), scores, highest, lowest, score), List.of());
    }

    private static List<Problem> check(SchemeComponent c, List<PanelScore> scores) {
        PanelRule rule = c.panel();
        List<Problem> problems = new ArrayList<>();
        if (scores.isEmpty()) {
            problems.add(Problem.of("assess.missing.panel", c.title()));
            return problems;
        }
        Set<String> listed = rule.members().stream().map(PanelRule.Member::name).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (PanelScore s : scores) {
            if (!seen.add(s.member())) {
                problems.add(Problem.of("problem.panel.twice", c.title(), s.member()));
            }
            if (!listed.isEmpty() && !listed.contains(s.member())) {
                problems.add(Problem.of("problem.panel.notMember", c.title(), s.member()));
            }
            if (s.score() == null || s.score().signum() < 0 || s.score().compareTo(HUNDRED) > 0
                    || s.score().stripTrailingZeros().scale() > 2) {
                problems.add(Problem.of("problem.panel.outOfRange", c.title(), s.member(),
                        s.score() == null ? "" : s.score().toPlainString()));
            }
        }
        Map<String, PanelScore> byMember = scores.stream()
                .collect(Collectors.toMap(PanelScore::member, Function.identity(), (a, b) -> a));
        for (PanelRule.Member m : rule.members()) {
            if (!byMember.containsKey(m.name())) {
                problems.add(Problem.of("assess.missing.panelMember", c.title(), m.name()));
            }
        }
        if (scores.size() < rule.minScores()) {
            problems.add(Problem.of("problem.panel.tooFew", c.title(), rule.minScores(), rule.dropHighest(),
                    rule.dropLowest(), scores.size()));
        }
        return problems;
    }

    private static ComponentResult unavailable(SchemeComponent c, List<PanelScore> scores) {
        return new ComponentResult(c.kind(), c.title(), c.weight(), false, null, null, null, null, null, null,
                new PanelResult(c.panel().combine(), scores, List.of(), List.of(), null), List.of());
    }
}

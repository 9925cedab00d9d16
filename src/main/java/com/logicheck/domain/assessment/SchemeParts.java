package com.logicheck.domain.assessment;

import static com.logicheck.domain.assessment.AssessmentSchemeValidator.plain;
import static com.logicheck.domain.assessment.AssessmentSchemeValidator.positive;
import static com.logicheck.domain.assessment.AssessmentSchemeValidator.within;

import com.logicheck.domain.Problem;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of a scheme's panel, areas and survey categories, each fault naming the component and the field:
 * a panel's weights that do not add up to 100 or a panel too small for its trimmed mean; an area whose parts do
 * not add up to 100%; areas weighted to other than 100; categories that repeat a name or a score.
 */
final class SchemeParts {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private SchemeParts() {
    }

    static void check(String code, SchemeComponent c, List<Problem> problems) {
        if (c.kind() == ComponentKind.PANEL) {
            checkPanel(code, c, problems);
        } else if (c.panel() != null) {
            problems.add(Problem.of("problem.scheme.misplaced", code, c.title(), "panel"));
        }
        if (c.kind() == ComponentKind.AREAS) {
            checkAreas(code, c, problems);
        } else if (!c.areas().isEmpty()) {
            problems.add(Problem.of("problem.scheme.misplaced", code, c.title(), "areas"));
        }
    }

    private static void checkPanel(String code, SchemeComponent c, List<Problem> problems) {
        PanelRule p = c.panel();
        if (p == null) {
            problems.add(Problem.of("problem.scheme.panelMissing", code, c.title()));
            return;
        }
        if (p.dropHighest() < 0 || p.dropLowest() < 0) {
            problems.add(Problem.of("problem.scheme.panelDrops", code, c.title()));
        }
        Set<String> names = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (PanelRule.Member m : p.members()) {
            if (m.name() == null || m.name().isBlank() || !names.add(m.name())) {
                problems.add(Problem.of("problem.scheme.panelMember", code, c.title(), String.valueOf(m.name())));
            }
            if (p.combine() == Combine.WEIGHTED) {
                if (positive(m.weight())) {
                    sum = sum.add(m.weight());
                } else {
                    problems.add(Problem.of("problem.scheme.panelMemberWeight", code, c.title(), String.valueOf(m.name())));
                }
            }
        }
        if (p.combine() == Combine.WEIGHTED && (p.members().isEmpty() || sum.compareTo(HUNDRED) != 0)) {
            problems.add(Problem.of("problem.scheme.panelWeights", code, c.title(), plain(sum)));
        }
        if (p.combine() == Combine.TRIMMED && !p.members().isEmpty() && p.members().size() < p.minScores()) {
            problems.add(Problem.of("problem.scheme.panelTooSmall", code, c.title(), p.members().size(),
                    p.dropHighest(), p.dropLowest(), p.minScores()));
        }
    }

    private static void checkAreas(String code, SchemeComponent c, List<Problem> problems) {
        if (c.areas().isEmpty()) {
            problems.add(Problem.of("problem.scheme.noAreas", code, c.title()));
            return;
        }
        Set<String> names = new HashSet<>();
        BigDecimal weights = BigDecimal.ZERO;
        for (AreaRule a : c.areas()) {
            if (a.name() == null || a.name().isBlank() || !names.add(a.name())) {
                problems.add(Problem.of("problem.scheme.areaName", code, c.title(), String.valueOf(a.name())));
            }
            if (c.areaMean() == Combine.WEIGHTED) {
                if (positive(a.weight())) {
                    weights = weights.add(a.weight());
                } else {
                    problems.add(Problem.of("problem.scheme.areaWeight", code, c.title(), String.valueOf(a.name())));
                }
            }
            BigDecimal percents = BigDecimal.ZERO;
            Set<String> partNames = new HashSet<>();
            for (AreaRule.Part part : a.parts()) {
                if (part.name() == null || part.name().isBlank() || !partNames.add(part.name()) || part.source() == null
                        || !positive(part.percent())) {
                    problems.add(Problem.of("problem.scheme.areaPart", code, a.name(), String.valueOf(part.name())));
                } else {
                    percents = percents.add(part.percent());
                }
            }
            if (percents.compareTo(HUNDRED) != 0) {
                problems.add(Problem.of("problem.scheme.areaPercents", code, a.name(), plain(percents)));
            }
        }
        if (c.areaMean() == Combine.TRIMMED) {
            problems.add(Problem.of("problem.scheme.areaMean", code, c.title()));
        }
        if (c.areaMean() == Combine.WEIGHTED && weights.compareTo(HUNDRED) != 0) {
            problems.add(Problem.of("problem.scheme.areaWeights", code, c.title(), plain(weights)));
        }
    }

    static void checkCategories(String code, SurveyRule r, List<Problem> problems) {
        Set<String> names = new HashSet<>();
        Set<BigDecimal> scores = new HashSet<>();
        boolean anyDissatisfied = false;
        for (SurveyCategory cat : r.categories()) {
            boolean ok = cat.name() != null && !cat.name().isBlank() && names.add(cat.name())
                    && within(cat.score(), r.maxScore()) && scores.add(cat.score().stripTrailingZeros());
            if (!ok) {
                problems.add(Problem.of("problem.scheme.surveyCategory", code, String.valueOf(cat.name())));
            }
            anyDissatisfied |= cat.dissatisfied();
        }
        if (!anyDissatisfied) {
            problems.add(Problem.of("problem.scheme.surveyCategories", code));
        }
    }
}

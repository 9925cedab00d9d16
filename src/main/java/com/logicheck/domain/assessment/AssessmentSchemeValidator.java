package com.logicheck.domain.assessment;

import com.logicheck.domain.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks that a scheme holds together before it is published or loaded; every fault is a {@link Problem}. */
public final class AssessmentSchemeValidator {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private AssessmentSchemeValidator() {
    }

    public static List<Problem> check(AssessmentScheme s) {
        List<Problem> problems = new ArrayList<>();
        String code = s.code();
        if (s.title() == null || s.title().isBlank()) {
            problems.add(Problem.of("problem.scheme.noTitle", code));
        }
        if (!positive(s.scale())) {
            problems.add(Problem.of("problem.scheme.scale", code));
            return problems;
        }
        if (s.sheets() == null || s.sheets().statuses().isEmpty() || s.sheets().kinds().isEmpty()) {
            problems.add(Problem.of("problem.scheme.sheetSelection", code));
        }
        checkComponents(s, problems);
        checkSurvey(s, problems);
        checkGrades(s, problems);
        checkMoney(s, problems);
        checkRest(s, problems);
        return problems;
    }

    private static void checkComponents(AssessmentScheme s, List<Problem> problems) {
        if (s.components().isEmpty()) {
            problems.add(Problem.of("problem.scheme.noComponents", s.code()));
            return;
        }
        Set<ComponentKind> kinds = EnumSet.noneOf(ComponentKind.class);
        BigDecimal sum = BigDecimal.ZERO;
        for (SchemeComponent c : s.components()) {
            if (c.kind() == null) {
                problems.add(Problem.of("problem.scheme.componentKind", s.code(), String.valueOf(c.title())));
                continue;
            }
            if (!kinds.add(c.kind())) {
                problems.add(Problem.of("problem.scheme.duplicateComponent", s.code(), c.title()));
            }
            if (!positive(c.weight())) {
                problems.add(Problem.of("problem.scheme.componentWeight", s.code(), c.title()));
            } else {
                sum = sum.add(c.weight());
            }
            if (c.kind() == ComponentKind.INSPECTION) {
                checkTemplates(s, c, problems);
            } else if (!c.templates().isEmpty()) {
                problems.add(Problem.of("problem.scheme.templatesOutsideInspection", s.code(), c.title()));
            }
            SchemeParts.check(s.code(), c, problems);
        }
        if (sum.compareTo(s.scale()) != 0) {
            problems.add(Problem.of("problem.scheme.weightsSum", s.code(), plain(sum), plain(s.scale())));
        }
    }

    private static void checkTemplates(AssessmentScheme s, SchemeComponent c, List<Problem> problems) {
        if (c.templates().isEmpty()) {
            problems.add(Problem.of("problem.scheme.noTemplates", s.code(), c.title()));
            return;
        }
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (TemplateWeight t : c.templates()) {
            if (t.templateCode() == null || t.templateCode().isBlank() || !codes.add(t.templateCode())) {
                problems.add(Problem.of("problem.scheme.duplicateTemplate", s.code(), String.valueOf(t.templateCode())));
            }
            if (!positive(t.percent())) {
                problems.add(Problem.of("problem.scheme.templatePercent", s.code(), String.valueOf(t.templateCode())));
            } else {
                sum = sum.add(t.percent());
            }
        }
        if (sum.compareTo(HUNDRED) != 0) {
            problems.add(Problem.of("problem.scheme.templatePercentSum", s.code(), c.title(), plain(sum)));
        }
    }

    private static void checkSurvey(AssessmentScheme s, List<Problem> problems) {
        boolean needsSurvey = s.component(ComponentKind.SURVEY).isPresent() || s.veto(VetoType.DISSATISFACTION).isPresent();
        SurveyRule r = s.survey();
        if (r == null) {
            if (needsSurvey) {
                problems.add(Problem.of("problem.scheme.surveyMissing", s.code()));
            }
            return;
        }
        if (!positive(r.maxScore()) || r.dropHighest() < 0 || r.dropLowest() < 0 || r.staffPanel() < 0
                || r.studentPanel() < 0 || r.dissatisfiedBelow() == null || r.dissatisfiedBelow().signum() < 0
                || r.dissatisfiedBelow().compareTo(r.maxScore()) > 0) {
            problems.add(Problem.of("problem.scheme.surveyRule", s.code()));
            return;
        }
        if (r.dissatisfiedBy() == Dissatisfaction.CATEGORY) {
            SchemeParts.checkCategories(s.code(), r, problems);
        }
    }

    private static void checkGrades(AssessmentScheme s, List<Problem> problems) {
        if (s.grades().isEmpty()) {
            problems.add(Problem.of("problem.scheme.noGrades", s.code()));
            return;
        }
        Set<String> names = new HashSet<>();
        for (SchemeGrade g : s.grades()) {
            if (g.name() == null || g.name().isBlank() || !names.add(g.name())) {
                problems.add(Problem.of("problem.scheme.gradeName", s.code(), String.valueOf(g.name())));
            }
            if (g.min() == null || g.min().signum() < 0 || g.min().compareTo(s.scale()) > 0) {
                problems.add(Problem.of("problem.scheme.gradeRange", s.code(), String.valueOf(g.name()), plain(s.scale())));
            }
        }
        for (int i = 1; i < s.grades().size(); i++) {
            SchemeGrade higher = s.grades().get(i - 1);
            SchemeGrade lower = s.grades().get(i);
            if (higher.min() != null && lower.min() != null && higher.min().compareTo(lower.min()) == 0) {
                problems.add(Problem.of("problem.scheme.gradeOverlap", s.code(), String.valueOf(higher.name()),
                        String.valueOf(lower.name()), plain(lower.min())));
            }
        }
        SchemeGrade lowest = s.grades().get(s.grades().size() - 1);
        if (lowest.min() != null && lowest.min().signum() != 0) {
            problems.add(Problem.of("problem.scheme.noZeroGrade", s.code()));
        }
    }

    private static void checkMoney(AssessmentScheme s, List<Problem> problems) {
        List<Problem> faults = new ArrayList<>();
        if (s.money() instanceof MoneyRule.PerPoint p) {
            range(faults, "penaltyBelow", p.penaltyBelow(), s.scale());
            range(faults, "rewardAbove", p.rewardAbove(), s.scale());
            if (within(p.penaltyBelow(), s.scale()) && within(p.rewardAbove(), s.scale())
                    && p.penaltyBelow().compareTo(p.rewardAbove()) > 0) {
                faults.add(Problem.of("problem.scheme.money.lines", plain(p.penaltyBelow()), plain(p.rewardAbove())));
            }
            if (!nonNegative(p.penaltyPerPoint())) {
                faults.add(Problem.of("problem.scheme.money.negative", "penaltyPerPoint"));
            }
            if (!nonNegative(p.rewardPerPoint())) {
                faults.add(Problem.of("problem.scheme.money.negative", "rewardPerPoint"));
            }
        } else if (s.money() instanceof MoneyRule.BondPercent b) {
            range(faults, "failPercent", b.failPercent(), HUNDRED);
            range(faults, "rewardPercent", b.rewardPercent(), HUNDRED);
            range(faults, "rewardFrom", b.rewardFrom(), s.scale());
        }
        for (Problem fault : faults) {
            problems.add(Problem.of("problem.scheme.money", s.code(), fault));
        }
        if (!within(s.passDownPercent(), HUNDRED)) {
            problems.add(Problem.of("problem.scheme.passDown", s.code()));
        }
    }

    private static void checkRest(AssessmentScheme s, List<Problem> problems) {
        if (s.complaints() != null && !positive(s.complaints().multiplier())) {
            problems.add(Problem.of("problem.scheme.complaintMultiplier", s.code()));
        }
        if (s.complaints() != null && s.complaints().from() != null && s.component(s.complaints().from()).isEmpty()) {
            problems.add(Problem.of("problem.scheme.complaintTarget", s.code(), s.complaints().from()));
        }
        Set<VetoType> types = EnumSet.noneOf(VetoType.class);
        for (VetoRule v : s.vetoes()) {
            boolean ok = v.type() != null && types.add(v.type());
            if (ok && v.type() == VetoType.SAFETY_ACCIDENT) {
                ok = nonNegative(v.minLoss()) || v.casualties();
            } else if (ok && v.type() == VetoType.DISSATISFACTION) {
                ok = within(v.rateAbove(), HUNDRED);
            }
            if (!ok) {
                problems.add(Problem.of("problem.scheme.vetoRule", s.code(), String.valueOf(v.type())));
            }
        }
        InspectionRequirement r = s.requiredInspections();
        if (r.fullPerMonth() < 0 || r.spotChecksPerQuarter() < 0) {
            problems.add(Problem.of("problem.scheme.requirement", s.code()));
        }
        for (FailureConsequence f : s.failureConsequences()) {
            if (f.count() < 1 || f.consequence() == null || f.consecutive() && f.withinContractYear()) {
                problems.add(Problem.of("problem.scheme.consequence", s.code()));
            }
        }
    }

    private static void range(List<Problem> faults, String field, BigDecimal v, BigDecimal max) {
        if (!within(v, max)) {
            faults.add(Problem.of("problem.scheme.money.range", field, v == null ? "" : plain(v), plain(max)));
        }
    }

    static boolean positive(BigDecimal v) {
        return v != null && v.signum() > 0;
    }

    static boolean nonNegative(BigDecimal v) {
        return v != null && v.signum() >= 0;
    }

    static boolean within(BigDecimal v, BigDecimal max) {
        return nonNegative(v) && v.compareTo(max) <= 0;
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}

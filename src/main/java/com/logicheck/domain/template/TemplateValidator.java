package com.logicheck.domain.template;

import com.logicheck.domain.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks that a template is internally consistent before it is published or loaded. */
public final class TemplateValidator {

    private TemplateValidator() {
    }

    public static List<Problem> check(ChecklistTemplate t) {
        List<Problem> problems = new ArrayList<>();
        if (t.title() == null || t.title().isBlank()) {
            problems.add(Problem.of("problem.template.noTitle", t.code()));
        }
        if (t.sections().isEmpty()) {
            problems.add(Problem.of("problem.template.noSections", t.code()));
        }
        BigDecimal subtotals = t.sections().stream().map(TemplateSection::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (subtotals.compareTo(t.totalScore()) != 0) {
            problems.add(Problem.of("problem.template.subtotalsSum", t.code(), subtotals.toPlainString(),
                    t.totalScore().toPlainString()));
        }
        Set<String> codes = new HashSet<>();
        for (TemplateSection section : t.sections()) {
            if (section.items().isEmpty()) {
                problems.add(Problem.of("problem.template.emptySection", t.code(), section.title()));
            }
            BigDecimal itemsMax = section.items().stream().map(TemplateItem::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (itemsMax.compareTo(section.subtotal()) < 0) {
                problems.add(Problem.of("problem.template.itemsBelowSubtotal", t.code(), section.title(),
                        itemsMax.toPlainString(), section.subtotal().toPlainString()));
            }
            for (TemplateItem item : section.items()) {
                if (!codes.add(item.code())) {
                    problems.add(Problem.of("problem.template.duplicateCode", t.code(), item.code()));
                }
                checkItem(t, item, problems);
            }
        }
        return problems;
    }

    private static void checkItem(ChecklistTemplate t, TemplateItem item, List<Problem> problems) {
        if (item.content() == null || item.content().isBlank()) {
            problems.add(Problem.of("problem.template.noContent", t.code(), item.code()));
        }
        if (item.maxScore() == null || item.maxScore().signum() <= 0) {
            problems.add(Problem.of("problem.template.maxScore", t.code(), item.code()));
        }
        if (item.rules().isEmpty()) {
            problems.add(Problem.of("problem.template.noRules", t.code(), item.code()));
        }
        for (DeductionRule rule : item.rules()) {
            if (rule instanceof DeductionRule.PerOccurrence p && !positive(p.points())) {
                problems.add(Problem.of("problem.template.rulePoints", t.code(), item.code(), rule.label()));
            } else if (rule instanceof DeductionRule.PerUnit u && (!positive(u.points()) || !positive(u.unitSize()))) {
                problems.add(Problem.of("problem.template.rulePoints", t.code(), item.code(), rule.label()));
            } else if (rule instanceof DeductionRule.Range r) {
                checkRange(t, item, r, problems);
            }
        }
    }

    private static void checkRange(ChecklistTemplate t, TemplateItem item, DeductionRule.Range r, List<Problem> problems) {
        if (!positive(r.min()) || !positive(r.step()) || r.max() == null || r.min().compareTo(r.max()) > 0) {
            problems.add(Problem.of("problem.template.rangeBounds", t.code(), item.code(), r.label()));
        } else if (r.max().subtract(r.min()).remainder(r.step()).signum() != 0) {
            problems.add(Problem.of("problem.template.rangeStep", t.code(), item.code(), r.label()));
        }
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}

package com.logicheck.domain.template;

import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a supervisor's template must satisfy before it is published (发布), stricter than the loader's
 * {@link TemplateValidator}: the sheet totals 100 points, every heading and item has its words, no rule takes
 * more than the item is worth, texts fit the database. Findings carry where they are, so the editor can jump there.
 */
public final class PublishChecks {
    /** The total every editable sheet has (seed 000: 总分100分). */
    public static final BigDecimal TOTAL = Scores.of("100");
    static final int MAX_TITLE = 200;
    static final int MAX_CODE = 20;
    static final int MAX_CONTENT = 1000;
    static final int MAX_REQUIREMENT = 4000;
    static final int MAX_CRITERIA = 2000;
    static final int MAX_REMARK = 1000;
    static final int MAX_LABEL = 100;

    private PublishChecks() {
    }

    /** One finding: an error stops publishing, a warning only informs. {@code section}/{@code item} are 0-based, -1 for none. */
    public record Finding(boolean error, Problem problem, int section, int item) {
    }

    public static List<Finding> check(ChecklistTemplate t) {
        List<Finding> out = new ArrayList<>();
        if (blank(t.title())) {
            out.add(error(Problem.of("problem.editor.title"), -1, -1));
        } else if (t.title().length() > MAX_TITLE) {
            out.add(error(Problem.of("problem.editor.tooLong", t.title(), MAX_TITLE), -1, -1));
        }
        try {
            t.gradeBands().bands().forEach(b -> {
                if (blank(b.name()) || b.min().signum() < 0 || b.min().compareTo(TOTAL) > 0) {
                    throw new IllegalArgumentException();
                }
            });
            if (t.gradeBands().bands().get(t.gradeBands().bands().size() - 1).min().signum() != 0) {
                out.add(error(Problem.of("problem.editor.gradesFromZero"), -1, -1));
            }
        } catch (IllegalArgumentException e) {
            out.add(error(Problem.of("problem.editor.grades"), -1, -1));
        }
        if (t.sections().isEmpty()) {
            out.add(error(Problem.of("problem.editor.noSections"), -1, -1));
        }
        BigDecimal subtotals = t.sections().stream().map(s -> nz(s.subtotal())).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (subtotals.compareTo(TOTAL) != 0) {
            out.add(error(Problem.of("problem.editor.total", Scores.format(subtotals), Scores.format(TOTAL)), -1, -1));
        }
        Set<String> codes = new HashSet<>();
        for (int s = 0; s < t.sections().size(); s++) {
            checkSection(t.sections().get(s), s, codes, out);
        }
        return out;
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::error);
    }

    private static void checkSection(TemplateSection section, int s, Set<String> codes, List<Finding> out) {
        String name = blank(section.title()) ? "#" + (s + 1) : section.title();
        if (blank(section.title())) {
            out.add(error(Problem.of("problem.editor.sectionTitle", s + 1), s, -1));
        } else if (section.title().length() > MAX_TITLE) {
            out.add(error(Problem.of("problem.editor.tooLong", section.title(), MAX_TITLE), s, -1));
        }
        if (nz(section.subtotal()).signum() <= 0) {
            out.add(error(Problem.of("problem.editor.subtotal", name), s, -1));
        }
        if (section.items().isEmpty()) {
            out.add(error(Problem.of("problem.editor.sectionEmpty", name), s, -1));
            return;
        }
        BigDecimal itemsMax = section.items().stream().map(i -> nz(i.maxScore())).reduce(BigDecimal.ZERO, BigDecimal::add);
        int cmp = itemsMax.compareTo(nz(section.subtotal()));
        if (cmp < 0) {
            out.add(error(Problem.of("problem.editor.itemsBelow", name, Scores.format(itemsMax),
                    Scores.format(nz(section.subtotal()))), s, -1));
        } else if (cmp > 0) {
            out.add(new Finding(false, Problem.of("problem.editor.itemsAbove", name, Scores.format(itemsMax),
                    Scores.format(nz(section.subtotal()))), s, -1));
        }
        for (int i = 0; i < section.items().size(); i++) {
            checkItem(section.items().get(i), s, i, codes, out);
        }
    }

    private static void checkItem(TemplateItem item, int s, int i, Set<String> codes, List<Finding> out) {
        String code = blank(item.code()) ? "?" : item.code();
        if (blank(item.code())) {
            out.add(error(Problem.of("problem.editor.code", s + 1, i + 1), s, i));
        } else if (item.code().length() > MAX_CODE) {
            out.add(error(Problem.of("problem.editor.tooLong", item.code(), MAX_CODE), s, i));
        } else if (!codes.add(item.code())) {
            out.add(error(Problem.of("problem.editor.duplicateCode", item.code()), s, i));
        }
        if (blank(item.content())) {
            out.add(error(Problem.of("problem.editor.content", code), s, i));
        }
        tooLong(item.content(), MAX_CONTENT, s, i, out);
        tooLong(item.requirement(), MAX_REQUIREMENT, s, i, out);
        tooLong(item.criteria(), MAX_CRITERIA, s, i, out);
        tooLong(item.remark(), MAX_REMARK, s, i, out);
        if (blank(item.requirement())) {
            out.add(new Finding(false, Problem.of("problem.editor.requirement", code), s, i));
        }
        BigDecimal max = nz(item.maxScore());
        if (max.signum() <= 0) {
            out.add(error(Problem.of("problem.editor.maxScore", code), s, i));
        }
        if (item.rules().isEmpty()) {
            out.add(error(Problem.of("problem.editor.noRules", code), s, i));
        }
        for (int r = 0; r < item.rules().size(); r++) {
            checkRule(item.rules().get(r), code, r, max, s, i, out);
        }
    }

    private static void checkRule(DeductionRule rule, String code, int r, BigDecimal max, int s, int i, List<Finding> out) {
        String label = rule.label() == null ? "" : rule.label().strip();
        String name = label.isEmpty() ? "#" + (r + 1) : label;
        if (label.isEmpty() && !(rule instanceof DeductionRule.Range)) {
            out.add(error(Problem.of("problem.editor.ruleLabel", code, r + 1), s, i));
        }
        tooLong(label, MAX_LABEL, s, i, out);
        BigDecimal once;
        if (rule instanceof DeductionRule.PerOccurrence p) {
            once = nz(p.points());
        } else if (rule instanceof DeductionRule.PerUnit u) {
            once = nz(u.points());
            if (blank(u.unit())) {
                out.add(error(Problem.of("problem.editor.unit", code, name), s, i));
            }
            if (nz(u.unitSize()).signum() <= 0) {
                out.add(error(Problem.of("problem.editor.unitSize", code, name), s, i));
            }
        } else {
            DeductionRule.Range range = (DeductionRule.Range) rule;
            once = nz(range.max());
            BigDecimal min = nz(range.min());
            BigDecimal step = nz(range.step());
            if (min.signum() <= 0 || min.compareTo(once) > 0) {
                out.add(error(Problem.of("problem.editor.range", code, name, Scores.format(min), Scores.format(once)), s, i));
                return;
            }
            if (step.signum() <= 0 || once.subtract(min).remainder(step).signum() != 0) {
                out.add(error(Problem.of("problem.editor.rangeStep", code, name, Scores.format(step),
                        Scores.format(min), Scores.format(once)), s, i));
            }
        }
        if (once.signum() <= 0) {
            out.add(error(Problem.of("problem.editor.rulePoints", code, name), s, i));
        } else if (max.signum() > 0 && once.compareTo(max) > 0) {
            out.add(error(Problem.of("problem.editor.ruleAboveMax", code, name, Scores.format(once), Scores.format(max)), s, i));
        }
    }

    private static void tooLong(String text, int max, int s, int i, List<Finding> out) {
        if (text != null && text.length() > max) {
            out.add(error(Problem.of("problem.editor.tooLong", text.substring(0, 12) + "…", max), s, i));
        }
    }

    private static Finding error(Problem problem, int s, int i) {
        return new Finding(true, problem, s, i);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}

package com.logicheck.domain.assessment;

import com.logicheck.domain.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a month input may be entered under the provider's scheme (issue 17): a panel member's score, an entered
 * part of an area, a typed dissatisfaction rate with its panel size. Each refusal names the field; an empty list
 * means the input may be stored. Pure: the entry service asks before it writes, the screens before they send.
 */
public final class MonthInputCheck {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private MonthInputCheck() {
    }

    /** A panel score: the scheme has a panel, the member is on its list (when it lists members), 0–100. */
    public static List<Problem> panelScore(AssessmentScheme scheme, String member, BigDecimal score) {
        List<Problem> problems = new ArrayList<>();
        Optional<SchemeComponent> panel = scheme.component(ComponentKind.PANEL);
        if (panel.isEmpty()) {
            problems.add(Problem.of("problem.monthInput.noPanel"));
            return problems;
        }
        String name = member == null ? "" : member.strip();
        if (name.isEmpty()) {
            problems.add(Problem.of("problem.monthInput.noMember"));
        } else if (!panel.get().panel().members().isEmpty() && panel.get().panel().members().stream()
                .noneMatch(m -> m.name().equals(name))) {
            problems.add(Problem.of("problem.panel.notMember", panel.get().title(), name));
        }
        if (!inRange(score)) {
            problems.add(Problem.of("problem.monthInput.panelRange", name, text(score)));
        }
        return problems;
    }

    /** An entered area part: the scheme has the area, the part is one of its {@code ENTERED} parts, 0–100. */
    public static List<Problem> areaScore(AssessmentScheme scheme, String area, String part, BigDecimal score) {
        List<Problem> problems = new ArrayList<>();
        Optional<SchemeComponent> areas = scheme.component(ComponentKind.AREAS);
        if (areas.isEmpty()) {
            problems.add(Problem.of("problem.monthInput.noAreas"));
            return problems;
        }
        Optional<AreaRule> rule = areas.get().areas().stream().filter(a -> a.name().equals(area)).findFirst();
        if (rule.isEmpty()) {
            problems.add(Problem.of("problem.monthInput.unknownArea", String.valueOf(area)));
        } else if (rule.get().parts().stream().noneMatch(p -> p.name().equals(part)
                && p.source() == AreaRule.Source.ENTERED)) {
            problems.add(Problem.of("problem.monthInput.unknownPart", area, String.valueOf(part)));
        }
        if (!inRange(score)) {
            problems.add(Problem.of("problem.monthInput.areaRange", String.valueOf(area), String.valueOf(part),
                    text(score)));
        }
        return problems;
    }

    /** A typed rate: the scheme counts dissatisfaction as a typed rate, 0–100 %, a panel of at least one person. */
    public static List<Problem> typedRate(AssessmentScheme scheme, BigDecimal percent, int panel) {
        List<Problem> problems = new ArrayList<>();
        if (scheme.survey() == null || scheme.survey().dissatisfiedBy() != Dissatisfaction.TYPED_RATE) {
            problems.add(Problem.of("problem.monthInput.noTypedRate"));
            return problems;
        }
        if (!inRange(percent)) {
            problems.add(Problem.of("problem.monthInput.rateRange", text(percent)));
        }
        if (panel < 1) {
            problems.add(Problem.of("problem.monthInput.panelSize", panel));
        }
        if (problems.isEmpty() && !new TypedRate(percent, panel).valid()) {
            problems.add(Problem.of("problem.monthInput.rateNotWhole", percent.stripTrailingZeros().toPlainString(),
                    panel));
        }
        return problems;
    }

    /** The scheme's areas with their entered parts, as an entry screen lists them: "area / part". */
    public static List<AreaPart> enteredParts(AssessmentScheme scheme) {
        List<AreaPart> out = new ArrayList<>();
        scheme.component(ComponentKind.AREAS).ifPresent(c -> c.areas().forEach(a -> a.parts().stream()
                .filter(p -> p.source() == AreaRule.Source.ENTERED)
                .forEach(p -> out.add(new AreaPart(a.name(), p.name(), p.percent())))));
        return out;
    }

    /** An area's part whose score is entered for the month, and its percent of the area. */
    public record AreaPart(String area, String part, BigDecimal percent) {
    }

    private static boolean inRange(BigDecimal v) {
        return v != null && v.signum() >= 0 && v.compareTo(HUNDRED) <= 0 && v.stripTrailingZeros().scale() <= 2;
    }

    private static String text(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}

package com.logicheck.scoring.assessment;

import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.assessment.AppealStatus;
import com.logicheck.domain.assessment.AssessmentInput;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.ComplaintResult;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.ComponentResult;
import com.logicheck.domain.assessment.Dissatisfaction;
import com.logicheck.domain.assessment.ExemptionStatus;
import com.logicheck.domain.assessment.FailureStatus;
import com.logicheck.domain.assessment.MoneyResult;
import com.logicheck.domain.assessment.MoneyRule;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.SchemeComponent;
import com.logicheck.domain.assessment.SchemeGrade;
import com.logicheck.domain.assessment.SurveyResult;
import com.logicheck.domain.assessment.TypedRate;
import com.logicheck.domain.assessment.VetoResult;
import com.logicheck.domain.assessment.VetoType;
import com.logicheck.scoring.SheetScorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * 月度考核: computes one provider-month from its {@link AssessmentInput}, purely and exactly. Components are summed
 * into the total on the scheme's scale, complaints deducted, vetoes checked, grade, money, required inspections and
 * repeated failures derived; every intermediate number is kept in the result so it can be explained.
 */
public final class MonthlyAssessmentCalculator {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private final InspectionComponentScorer inspection;
    private final AreaScorer areas;

    public MonthlyAssessmentCalculator(SheetScorer scorer) {
        this.inspection = new InspectionComponentScorer(scorer);
        this.areas = new AreaScorer(scorer);
    }

    public MonthlyAssessment assess(AssessmentInput in) {
        AssessmentScheme scheme = in.scheme();
        List<Problem> missing = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();

        SurveyResult survey = survey(in, missing, warnings);
        List<ComponentResult> components = new ArrayList<>();
        for (SchemeComponent c : scheme.components()) {
            components.add(switch (c.kind()) {
                case INSPECTION -> inspection.score(in, c, missing, warnings);
                case SURVEY -> surveyComponent(c, scheme, survey);
                case THIRD_PARTY -> thirdParty(c, in, missing);
                case PANEL -> PanelScorer.score(c, in.scores().panel(), missing);
                case AREAS -> areas.score(in, c, missing);
            });
        }
        boolean complete = components.stream().allMatch(ComponentResult::available);
        ComplaintResult complaints = Complaints.apply(scheme, in.complaints(), components);
        VetoResult veto = VetoCheck.check(scheme, in.vetoEvents(), survey, typedRate(in, warnings));

        BigDecimal subtotal = null;
        BigDecimal total = null;
        String grade = null;
        boolean failed = veto.vetoed();
        if (complete) {
            subtotal = Scores.normalise(components.stream().map(ComponentResult::points)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            total = Scores.max(Scores.normalise(BigDecimal.ZERO), subtotal.subtract(complaints.deduction()));
            SchemeGrade g = veto.vetoed() ? scheme.failingGrade() : scheme.gradeFor(total);
            grade = g.name();
            failed = failed || g.failing();
        }
        boolean noBond = in.performanceBond() == null || in.performanceBond().signum() == 0;
        if (scheme.money() instanceof MoneyRule.BondPercent && noBond) {
            warnings.add(Problem.of("assess.warning.noBond"));
        }
        MoneyResult money = MoneyRules.apply(scheme, total, failed, veto.vetoed(), in.performanceBond());
        FailureStatus failures = FailureHistory.status(scheme, in.month(), failed, in.history(), in.contractStart());
        pendingReliefs(in, warnings);
        var counts = RequiredInspections.count(scheme.requiredInspections(), in.month(), in.quarterOccasions(), warnings);
        int deductions = components.stream().flatMap(c -> c.templates().stream()).flatMap(t -> t.sheets().stream())
                .mapToInt(s -> (int) s.deductions().stream().filter(d -> !d.relieved()).count()).sum();
        return new MonthlyAssessment(in.providerId(), in.providerName(), in.month(),
                MonthlyAssessment.SchemeRef.of(scheme), scheme.scale(), complete, missing, components, complaints,
                subtotal, total, grade, failed, veto, money, counts, warnings, failures, deductions);
    }

    private static SurveyResult survey(AssessmentInput in, List<Problem> missing, List<Problem> warnings) {
        var rule = in.scheme().survey();
        if (rule == null) {
            return null;
        }
        if (in.survey().isEmpty()) {
            if (in.scheme().component(ComponentKind.SURVEY).isPresent()) {
                missing.add(Problem.of("assess.missing.survey"));
            }
            return null;
        }
        List<Problem> problems = SurveyScore.check(rule, in.survey());
        if (!problems.isEmpty()) {
            missing.addAll(problems);
            return null;
        }
        SurveyResult result = SurveyScore.aggregate(rule, in.survey());
        if (result.staff() < rule.staffPanel() || result.students() < rule.studentPanel()) {
            warnings.add(Problem.of("assess.warning.smallPanel", result.staff(), result.students(), rule.staffPanel(),
                    rule.studentPanel()));
        }
        return result;
    }

    /**
     * The typed dissatisfaction rate when the scheme counts dissatisfaction that way: a warning when none was typed
     * (the veto cannot be judged) or when the rate is not a whole number of the panel's people (then it is not used).
     */
    private static TypedRate typedRate(AssessmentInput in, List<Problem> warnings) {
        var rule = in.scheme().survey();
        if (rule == null || rule.dissatisfiedBy() != Dissatisfaction.TYPED_RATE
                || in.scheme().veto(VetoType.DISSATISFACTION).isEmpty()) {
            return null;
        }
        TypedRate typed = in.scores().dissatisfaction();
        if (typed == null) {
            warnings.add(Problem.of("assess.warning.noTypedRate"));
            return null;
        }
        if (!typed.valid()) {
            warnings.add(Problem.of("problem.survey.typedRate", String.valueOf(typed.percent()), typed.panel()));
            return null;
        }
        return typed;
    }

    private static ComponentResult surveyComponent(SchemeComponent c, AssessmentScheme scheme, SurveyResult survey) {
        if (survey == null) {
            return new ComponentResult(c.kind(), c.title(), c.weight(), false, null, null, null, null, null, null);
        }
        BigDecimal max = scheme.survey().maxScore();
        BigDecimal score = max.compareTo(HUNDRED) == 0 ? survey.mean()
                : survey.mean().multiply(HUNDRED).divide(max, Scores.SCALE, RoundingMode.HALF_UP);
        return new ComponentResult(c.kind(), c.title(), c.weight(), true, score, weighted(score, c.weight()), null,
                null, survey, null);
    }

    private static ComponentResult thirdParty(SchemeComponent c, AssessmentInput in, List<Problem> missing) {
        if (in.thirdParty() == null) {
            missing.add(Problem.of("assess.missing.thirdParty", c.title()));
            return new ComponentResult(c.kind(), c.title(), c.weight(), false, null, null, null, null, null, null);
        }
        BigDecimal score = Scores.normalise(in.thirdParty().score());
        return new ComponentResult(c.kind(), c.title(), c.weight(), true, score, weighted(score, c.weight()), null,
                null, null, in.thirdParty());
    }

    /** A 100-scale score turned into points of the component's weight: score × weight ÷ 100, rounded once. */
    private static BigDecimal weighted(BigDecimal score, BigDecimal weight) {
        return score.multiply(weight).divide(HUNDRED, Scores.SCALE, RoundingMode.HALF_UP);
    }

    private static void pendingReliefs(AssessmentInput in, List<Problem> warnings) {
        long exemptions = in.sheets().stream().flatMap(s -> s.exemptions().stream())
                .filter(e -> e.status() == ExemptionStatus.PENDING).count();
        long appeals = in.sheets().stream().flatMap(s -> s.appeals().stream())
                .filter(a -> a.status() == AppealStatus.OPEN).count();
        if (exemptions + appeals > 0) {
            warnings.add(Problem.of("assess.warning.pending", (int) exemptions, (int) appeals));
        }
    }
}

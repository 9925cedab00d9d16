package com.logicheck.scoring.assessment;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.assessment.RespondentKind;
import com.logicheck.domain.assessment.SurveyResponse;
import com.logicheck.domain.assessment.SurveyResult;
import com.logicheck.domain.assessment.SurveyRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * 满意率测评: the mean of the respondents' scores after dropping the highest and the lowest (seed 004 第14篇 二(三)),
 * and the dissatisfaction rate (a score below the line, or an answer in a category marked dissatisfied). Refuses a
 * survey with a score out of range or too few respondents for the trimmed mean, naming the respondent or the count.
 */
public final class SurveyScore {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private SurveyScore() {
    }

    /** Problems with one response: a missing score, one out of 0…max, or one finer than 0.01. */
    public static List<Problem> checkResponse(SurveyRule rule, SurveyResponse r, int position) {
        String who = r.respondent().isBlank() ? String.valueOf(position) : r.respondent();
        if (r.score() == null) {
            return List.of(Problem.of("problem.survey.missingScore", position, who));
        }
        if (r.score().signum() < 0 || r.score().compareTo(rule.maxScore()) > 0 || r.score().stripTrailingZeros().scale() > 2) {
            return List.of(Problem.of("problem.survey.outOfRange", position, who, r.score().toPlainString(),
                    Scores.format(rule.maxScore())));
        }
        return List.of();
    }

    /** Every problem of the survey as a whole; empty when the trimmed mean can be computed. */
    public static List<Problem> check(SurveyRule rule, List<SurveyResponse> responses) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            problems.addAll(checkResponse(rule, responses.get(i), i + 1));
        }
        if (responses.size() < rule.minRespondents()) {
            problems.add(Problem.of("problem.survey.tooFew", rule.minRespondents(), rule.dropHighest(),
                    rule.dropLowest(), responses.size()));
        }
        return problems;
    }

    /** The trimmed mean and dissatisfaction; throws a {@link DomainException} when {@link #check} finds problems. */
    public static SurveyResult aggregate(SurveyRule rule, List<SurveyResponse> responses) {
        List<Problem> problems = check(rule, responses);
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        List<BigDecimal> sorted = responses.stream().map(SurveyResponse::score).map(Scores::normalise)
                .sorted(Comparator.naturalOrder()).toList();
        int n = sorted.size();
        List<BigDecimal> lowest = sorted.subList(0, rule.dropLowest());
        List<BigDecimal> highest = new ArrayList<>(sorted.subList(n - rule.dropHighest(), n));
        Collections.reverse(highest);
        List<BigDecimal> kept = sorted.subList(rule.dropLowest(), n - rule.dropHighest());
        BigDecimal sum = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(kept.size()), Scores.SCALE, RoundingMode.HALF_UP);
        int dissatisfied = (int) sorted.stream().filter(rule::dissatisfied).count();
        BigDecimal rate = BigDecimal.valueOf(dissatisfied).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(n), Scores.SCALE, RoundingMode.HALF_UP);
        int staff = (int) responses.stream().filter(r -> r.kind() == RespondentKind.STAFF).count();
        int students = (int) responses.stream().filter(r -> r.kind() == RespondentKind.STUDENT).count();
        return new SurveyResult(n, staff, students, highest, lowest, sum, kept.size(), mean, rule.dissatisfiedBelow(),
                dissatisfied, rate);
    }

    /** Exact comparison, free of the rounded rate: dissatisfied ÷ respondents × 100 &gt; rateAbove. */
    public static boolean rateAbove(SurveyResult survey, BigDecimal rateAbove) {
        return rateAbove(survey.dissatisfied(), survey.respondents(), rateAbove);
    }

    /** Exact comparison of a count out of a panel: dissatisfied ÷ panel × 100 &gt; rateAbove. */
    public static boolean rateAbove(int dissatisfied, int panel, BigDecimal rateAbove) {
        return BigDecimal.valueOf(dissatisfied).multiply(HUNDRED)
                .compareTo(rateAbove.multiply(BigDecimal.valueOf(panel))) > 0;
    }
}

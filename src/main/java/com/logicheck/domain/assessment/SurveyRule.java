package com.logicheck.domain.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * 满意率测评: each respondent gives a score from 0 to {@code maxScore}; the month's survey score is the mean after
 * dropping the {@code dropHighest} highest and {@code dropLowest} lowest scores (去掉一个最高分和最低分). The panel
 * (10 staff, 20 students in seed 004) is what the scheme expects; a smaller panel gives a warning, not a refusal.
 * Who is dissatisfied (不满意) depends on {@code dissatisfiedBy}: a score below {@code dissatisfiedBelow} (the
 * default), an answer in a {@code categories} entry marked dissatisfied, or a rate typed for the month.
 */
public record SurveyRule(BigDecimal maxScore, int dropHighest, int dropLowest, BigDecimal dissatisfiedBelow,
                         int staffPanel, int studentPanel, Dissatisfaction dissatisfiedBy,
                         List<SurveyCategory> categories) {
    public SurveyRule {
        dissatisfiedBy = dissatisfiedBy == null ? Dissatisfaction.SCORE_BELOW : dissatisfiedBy;
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** Dissatisfied below a score line (seed 004's reading). */
    public SurveyRule(BigDecimal maxScore, int dropHighest, int dropLowest, BigDecimal dissatisfiedBelow,
                      int staffPanel, int studentPanel) {
        this(maxScore, dropHighest, dropLowest, dissatisfiedBelow, staffPanel, studentPanel,
                Dissatisfaction.SCORE_BELOW, List.of());
    }

    /** Fewest responses the trimmed mean can be computed from. */
    public int minRespondents() {
        return dropHighest + dropLowest + 1;
    }

    /** Whether a response with this score counts as dissatisfied (not used for a typed rate). */
    public boolean dissatisfied(BigDecimal score) {
        if (dissatisfiedBy == Dissatisfaction.CATEGORY) {
            return categories.stream().anyMatch(c -> c.dissatisfied() && c.score().compareTo(score) == 0);
        }
        return score.compareTo(dissatisfiedBelow) < 0;
    }
}

package com.logicheck.domain.assessment;

import java.math.BigDecimal;

/**
 * 满意率测评: each respondent gives a score from 0 to {@code maxScore}; the month's survey score is the mean after
 * dropping the {@code dropHighest} highest and {@code dropLowest} lowest scores (去掉一个最高分和最低分). A respondent
 * scoring below {@code dissatisfiedBelow} counts as dissatisfied (不满意). The panel (10 staff, 20 students in
 * seed 004) is what the scheme expects; a smaller panel gives a warning, not a refusal.
 */
public record SurveyRule(BigDecimal maxScore, int dropHighest, int dropLowest, BigDecimal dissatisfiedBelow,
                         int staffPanel, int studentPanel) {

    /** Fewest responses the trimmed mean can be computed from. */
    public int minRespondents() {
        return dropHighest + dropLowest + 1;
    }
}

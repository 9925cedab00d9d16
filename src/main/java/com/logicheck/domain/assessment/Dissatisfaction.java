package com.logicheck.domain.assessment;

/**
 * What counts as 不满意 in a survey: a score below the line (today's reading of seed 004), a category answer marked
 * dissatisfied, or a rate typed for the month with the size of the panel it was counted on.
 */
public enum Dissatisfaction {
    SCORE_BELOW, CATEGORY, TYPED_RATE
}

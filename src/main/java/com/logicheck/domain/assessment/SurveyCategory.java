package com.logicheck.domain.assessment;

import java.math.BigDecimal;

/**
 * A category answer of a survey (满意 / 基本满意 / 不满意): the score it stands for and whether it counts as
 * dissatisfied. Scores of a scheme's categories differ from one another, so a stored score names its category.
 */
public record SurveyCategory(String name, BigDecimal score, boolean dissatisfied) {
}

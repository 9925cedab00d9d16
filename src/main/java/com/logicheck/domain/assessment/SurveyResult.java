package com.logicheck.domain.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The survey of the month: how many answered (staff, students), which scores were dropped, the sum and count of
 * the rest and their mean (the component's score); how many were dissatisfied and the rate in percent.
 */
public record SurveyResult(int respondents, int staff, int students, List<BigDecimal> droppedHighest,
                           List<BigDecimal> droppedLowest, BigDecimal keptSum, int kept, BigDecimal mean,
                           BigDecimal dissatisfiedBelow, int dissatisfied, BigDecimal dissatisfiedRate) {
    public SurveyResult {
        droppedHighest = List.copyOf(droppedHighest);
        droppedLowest = List.copyOf(droppedLowest);
    }
}

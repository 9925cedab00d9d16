package com.logicheck.domain.assessment;

/**
 * 检查频次: at least {@code fullPerMonth} full inspections (全面检查) a month and {@code spotChecksPerQuarter} spot
 * checks (抽查) a quarter (seed 000). An inspection is a day with at least one counted sheet of that kind. A shortfall
 * is a warning on the month, not a change of score.
 */
public record InspectionRequirement(int fullPerMonth, int spotChecksPerQuarter) {
    public static final InspectionRequirement NONE = new InspectionRequirement(0, 0);
}

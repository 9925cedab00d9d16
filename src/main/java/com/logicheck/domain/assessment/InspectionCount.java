package com.logicheck.domain.assessment;

/**
 * Required inspections against what happened: full-inspection days this month, spot-check days this quarter up to
 * the month's end, and whether the month ends its quarter (only then is a spot-check shortfall final).
 */
public record InspectionCount(int fullDays, int fullRequired, int spotDaysInQuarter, int spotRequired,
                              boolean quarterEnds) {
}

package com.logicheck.domain.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * 本季度还需抽查 N 次，剩 M 天: the early warning for a quarter's spot checks, from its first month on (the shortfall
 * itself is a warning only in the quarter's last month). Pure: decided on the month's count, the month shown and today
 * (from the injected clock). Only the month being lived gets it: an earlier month's count stops at its own end, so it
 * would understate what was done since.
 *
 * @param stillNeeded spot-check days still to do this quarter
 * @param daysLeft    days left in the quarter, today included
 * @param quarterEnds the quarter's last day
 */
public record SpotCheckReminder(int stillNeeded, int daysLeft, LocalDate quarterEnds) {

    /** The reminder for {@code month} on {@code today}; empty when none is required, none is missing or it is not now. */
    public static Optional<SpotCheckReminder> of(InspectionCount count, YearMonth month, LocalDate today) {
        int missing = count.spotRequired() - count.spotDaysInQuarter();
        if (count.spotRequired() <= 0 || missing <= 0 || !YearMonth.from(today).equals(month)) {
            return Optional.empty();
        }
        LocalDate end = quarterEnd(month);
        return Optional.of(new SpotCheckReminder(missing, (int) ChronoUnit.DAYS.between(today, end) + 1, end));
    }

    /** The last day of the quarter {@code month} is in. */
    public static LocalDate quarterEnd(YearMonth month) {
        int last = (month.getMonthValue() - 1) / 3 * 3 + 3;
        return YearMonth.of(month.getYear(), last).atEndOfMonth();
    }
}

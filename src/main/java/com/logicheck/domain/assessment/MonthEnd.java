package com.logicheck.domain.assessment;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * 关闭本月 before the month has ended: refused, so December is not frozen on 7 December with three weeks of
 * inspections still to come — unless a supervisor forces it and says why (the reason is kept with the closing).
 * Pure: decided on the month, today (from the injected clock) and what the user gave.
 */
public final class MonthEnd {
    /** The longest reason kept (the column's size). */
    public static final int MAX_REASON = 2000;

    private MonthEnd() {
    }

    /** Whether {@code month} has ended on {@code today}: its last day is past. */
    public static boolean ended(YearMonth month, LocalDate today) {
        return today.isAfter(month.atEndOfMonth());
    }

    /**
     * Refuses closing {@code month} on {@code today} while it has not ended, unless {@code force} with a reason; a
     * reason without {@code force} is ignored for an ended month. Returns the reason to keep (null: none needed).
     */
    public static String requireClosable(YearMonth month, LocalDate today, boolean force, String reason) {
        if (ended(month, today)) {
            return null;
        }
        if (!force) {
            throw new DomainException(Problem.of("problem.month.notEnded", month.toString(), today.toString()));
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException(Problem.of("problem.month.earlyReason", month.toString()));
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new DomainException(Problem.of("problem.month.earlyReasonTooLong", MAX_REASON));
        }
        return reason.strip();
    }
}

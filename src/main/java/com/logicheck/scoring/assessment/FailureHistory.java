package com.logicheck.scoring.assessment;

import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.FailureConsequence;
import com.logicheck.domain.assessment.FailureStatus;
import com.logicheck.domain.assessment.PastMonth;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts failing months (seed 004 第14篇 五): in a row ending with this month, in total under the contract, and
 * within the contract year this month falls in (the twelve months from the contract's first month or an
 * anniversary of it; the calendar year when the start is unknown), from the closed earlier months. A month that
 * was never closed breaks a run: only frozen results count against the provider. Consequences trigger only in a
 * failing month.
 */
final class FailureHistory {

    private FailureHistory() {
    }

    static FailureStatus status(AssessmentScheme scheme, YearMonth month, boolean failed, List<PastMonth> history) {
        return status(scheme, month, failed, history, null);
    }

    static FailureStatus status(AssessmentScheme scheme, YearMonth month, boolean failed, List<PastMonth> history,
                                LocalDate contractStart) {
        Map<YearMonth, Boolean> past = history.stream().filter(p -> p.month().isBefore(month))
                .collect(Collectors.toMap(PastMonth::month, PastMonth::failed, (a, b) -> a || b));
        int earlierFailures = (int) past.values().stream().filter(Boolean::booleanValue).count();
        YearMonth yearStart = contractYearStart(month, contractStart);
        int earlierInYear = (int) past.entrySet().stream().filter(e -> e.getValue() && !e.getKey().isBefore(yearStart))
                .count();
        if (!failed) {
            return new FailureStatus(false, 0, earlierFailures, List.of(), earlierInYear);
        }
        int run = 1;
        for (YearMonth m = month.minusMonths(1); Boolean.TRUE.equals(past.get(m)); m = m.minusMonths(1)) {
            run++;
        }
        int consecutive = run;
        int cumulative = earlierFailures + 1;
        int inYear = earlierInYear + 1;
        List<FailureConsequence> triggered = scheme.failureConsequences().stream()
                .filter(c -> counted(c, consecutive, cumulative, inYear) >= c.count()).toList();
        return new FailureStatus(true, consecutive, cumulative, triggered, inYear);
    }

    private static int counted(FailureConsequence c, int consecutive, int cumulative, int inYear) {
        if (c.consecutive()) {
            return consecutive;
        }
        return c.withinContractYear() ? inYear : cumulative;
    }

    /** The first month of the contract year {@code month} falls in. */
    static YearMonth contractYearStart(YearMonth month, LocalDate contractStart) {
        if (contractStart == null) {
            return YearMonth.of(month.getYear(), 1);
        }
        YearMonth first = YearMonth.from(contractStart);
        if (month.isBefore(first)) {
            return first;
        }
        long years = ChronoUnit.MONTHS.between(first, month) / 12;
        return first.plusYears(years);
    }
}

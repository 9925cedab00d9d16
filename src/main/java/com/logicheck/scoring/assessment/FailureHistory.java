package com.logicheck.scoring.assessment;

import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.FailureConsequence;
import com.logicheck.domain.assessment.FailureStatus;
import com.logicheck.domain.assessment.PastMonth;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts failing months (seed 004 第14篇 五): in a row ending with this month, and in total under the contract, from
 * the closed earlier months. A month that was never closed breaks a run: only frozen results count against the
 * provider. Consequences trigger only in a failing month.
 */
final class FailureHistory {

    private FailureHistory() {
    }

    static FailureStatus status(AssessmentScheme scheme, YearMonth month, boolean failed, List<PastMonth> history) {
        Map<YearMonth, Boolean> past = history.stream().filter(p -> p.month().isBefore(month))
                .collect(Collectors.toMap(PastMonth::month, PastMonth::failed, (a, b) -> a || b));
        int earlierFailures = (int) past.values().stream().filter(Boolean::booleanValue).count();
        if (!failed) {
            return new FailureStatus(false, 0, earlierFailures, List.of());
        }
        int run = 1;
        for (YearMonth m = month.minusMonths(1); Boolean.TRUE.equals(past.get(m)); m = m.minusMonths(1)) {
            run++;
        }
        int consecutive = run;
        int cumulative = earlierFailures + 1;
        List<FailureConsequence> triggered = scheme.failureConsequences().stream()
                .filter(c -> (c.consecutive() ? consecutive : cumulative) >= c.count()).toList();
        return new FailureStatus(true, consecutive, cumulative, triggered);
    }
}

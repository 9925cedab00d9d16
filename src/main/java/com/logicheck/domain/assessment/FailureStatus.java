package com.logicheck.domain.assessment;

import java.util.List;

/**
 * 不合格 record: did this month fail, how many failing months in a row end with it, how many in total under the
 * contract and how many within its current contract year (all counting this one), and the consequences now
 * triggered.
 */
public record FailureStatus(boolean failed, int consecutive, int cumulative, List<FailureConsequence> triggered,
                            int inContractYear) {
    public FailureStatus {
        triggered = List.copyOf(triggered);
    }

    /** Without a count within the contract year (results closed before it was kept). */
    public FailureStatus(boolean failed, int consecutive, int cumulative, List<FailureConsequence> triggered) {
        this(failed, consecutive, cumulative, triggered, 0);
    }
}

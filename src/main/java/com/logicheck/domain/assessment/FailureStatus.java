package com.logicheck.domain.assessment;

import java.util.List;

/**
 * 不合格 record: did this month fail, how many failing months in a row end with it, how many in total under the
 * contract (both counting this one), and the consequences now triggered.
 */
public record FailureStatus(boolean failed, int consecutive, int cumulative, List<FailureConsequence> triggered) {
    public FailureStatus {
        triggered = List.copyOf(triggered);
    }
}

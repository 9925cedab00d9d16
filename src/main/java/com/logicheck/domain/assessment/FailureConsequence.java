package com.logicheck.domain.assessment;

/**
 * What failing months lead to: {@code count} failing months — in a row when {@code consecutive}; otherwise within
 * the contract year of this month when {@code withinContractYear}, else in total under the contract — trigger the
 * consequence (seed 004: 连续二个月 → 限期整改; 连续5次 → 有权终止合同).
 */
public record FailureConsequence(int count, boolean consecutive, ConsequenceType consequence,
                                 boolean withinContractYear) {

    /** In a row, or in total under the contract. */
    public FailureConsequence(int count, boolean consecutive, ConsequenceType consequence) {
        this(count, consecutive, consequence, false);
    }
}

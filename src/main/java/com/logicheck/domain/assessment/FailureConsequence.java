package com.logicheck.domain.assessment;

/**
 * What failing months lead to: {@code count} failing months — in a row when {@code consecutive}, otherwise in total
 * under the contract — trigger the consequence (seed 004: 连续二个月 → 限期整改; 连续5次 → 有权终止合同).
 */
public record FailureConsequence(int count, boolean consecutive, ConsequenceType consequence) {
}

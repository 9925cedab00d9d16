package com.logicheck.domain.assessment;

/** What repeated failing months lead to (seed 004 第14篇 五). */
public enum ConsequenceType {
    /** 限期整改. */
    RECTIFICATION_DEADLINE,
    /** 有权终止合同. */
    RIGHT_TO_TERMINATE
}

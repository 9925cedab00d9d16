package com.logicheck.domain.assessment;

/** 不予扣分 grounds (seed 000 第九条). */
public enum ExemptionReason {
    /** 院方原因: the client's own delay or wrong instruction (医院管理部门工作延迟或领导指挥失误). */
    CLIENT_CAUSE,
    /** 第三方: a third party outside the provider's remit. */
    THIRD_PARTY,
    /** 不可抗力: force majeure. */
    FORCE_MAJEURE
}

package com.logicheck.domain.rectification;

/** 原因分析: why a nonconformity happened (seed 004 第12篇 5.3). */
public enum CauseCategory {
    /** 人员 */
    STAFFING,
    /** 培训 */
    TRAINING,
    /** 物资 */
    MATERIALS,
    /** 计划 */
    PLAN,
    /** 标准 */
    STANDARD,
    /** 流程 */
    PROCESS
}

package com.logicheck.domain.inspection;

/** 检查类型: 全面检查, 抽查, 巡查. */
public enum InspectionKind {
    FULL, SPOT_CHECK, PATROL
}

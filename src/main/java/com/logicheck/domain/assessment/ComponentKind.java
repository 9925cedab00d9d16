package com.logicheck.domain.assessment;

/** 考核组成部分: what a part of the monthly total is made of. */
public enum ComponentKind {
    /** 检查考核: the month's score sheets (后勤管理委员会 / 后勤服务中心). */
    INSPECTION,
    /** 满意率测评: the satisfaction survey of staff and students (or patients). */
    SURVEY,
    /** 第三方评价: an outside evaluator's score. */
    THIRD_PARTY,
    /** 评议小组: several assessing departments or people each score the month ({@link PanelRule}). */
    PANEL,
    /** 分区域考核: each area with its own mix of parts; the total their plain or weighted mean ({@link AreaRule}). */
    AREAS
}

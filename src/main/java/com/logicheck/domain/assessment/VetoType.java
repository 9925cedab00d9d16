package com.logicheck.domain.assessment;

/** 一票否决 grounds (seed 004 第14篇 二(四)). The first three are recorded events; the last is computed. */
public enum VetoType {
    /** 重大安全事故: a safety accident; vetoes when its loss or casualties reach the rule's thresholds. */
    SAFETY_ACCIDENT,
    /** 上级部门或院级领导批评并下达纸质文件. */
    WRITTEN_CRITICISM,
    /** 未按照后勤管理部门要求工作，受到批评. */
    IGNORED_REQUIREMENTS,
    /** 满意度调查不满意率超过规定比例 (computed from the survey, never recorded by hand). */
    DISSATISFACTION;

    public boolean recorded() {
        return this != DISSATISFACTION;
    }
}

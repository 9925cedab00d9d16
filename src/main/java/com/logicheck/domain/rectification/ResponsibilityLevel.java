package com.logicheck.domain.rectification;

/**
 * 责任层级 of the provider, lowest first: 区域负责人 → 主管 → 项目负责人 → 公司经理 (seed 004 第12篇 5.1).
 * A repeated problem escalates responsibility one level up.
 */
public enum ResponsibilityLevel {
    AREA_LEAD, SUPERVISOR, PROJECT_HEAD, COMPANY_MANAGER;

    /** One level up; the company manager stays the company manager. */
    public ResponsibilityLevel escalate() {
        ResponsibilityLevel[] all = values();
        return all[Math.min(ordinal() + 1, all.length - 1)];
    }
}

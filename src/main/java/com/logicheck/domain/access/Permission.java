package com.logicheck.domain.access;

/**
 * One action a person may or may not take (权限). {@link AccessPolicy} is the one table of who may take it; each
 * permission carries the problem key a refusal has always been reported with, so messages stay as they were.
 */
public enum Permission {
    /** 账号管理: add a person, grant a log-in, reset a password, (de)activate, change another's password. */
    MANAGE_ACCOUNTS("problem.account.notAdmin"),
    /** Change a password: one's own, or anyone's as a 管理员. Context: whose account. */
    CHANGE_PASSWORD("problem.account.notAdmin"),
    /** 单位信息: the organisation's name, logo and the settings only a 管理员 changes. */
    EDIT_ORGANISATION("problem.branding.notAdmin"),
    /** A setting any of the organisation's staff may change (e.g. their own idle time-out). */
    CHANGE_SETTING("problem.branding.notAdmin"),
    /** 基础数据: places, providers and contracts. */
    EDIT_REFERENCE_DATA("problem.refdata.notAllowed"),
    /** 检查计划: add, change, pause or remove a plan. */
    EDIT_PLANS("problem.plan.notSupervisor"),
    /** 检查表模板: edit, import and publish templates. */
    EDIT_TEMPLATES("problem.editor.role"),
    /** 考核方案: attach a scheme version to a contract. */
    ATTACH_SCHEME("problem.scheme.attachNotAllowed"),
    /** 月度考核: close or reopen a month. */
    CLOSE_MONTH("problem.month.notSupervisor"),
    /** 免扣申请: ask that a deduction be waived. */
    REQUEST_EXEMPTION("problem.exemption.notInspector"),
    /** 免扣审批: approve or reject an exemption. */
    DECIDE_EXEMPTION("problem.exemption.notSupervisor", "problem.duties.ownRequest"),
    /** 申诉: lodge an appeal against a deduction (anyone known, the provider's contact too). */
    LODGE_APPEAL("problem.person.unknown"),
    /** 申诉裁决: uphold or reject an appeal. */
    DECIDE_APPEAL("problem.appeal.notSupervisor", "problem.duties.ownAppeal"),
    /** 下达整改: raise a rectification order on a finished sheet. */
    RAISE_ORDER("problem.rectification.notRaiser"),
    /** 报告整改完成. Context: the provider of the order. */
    REPORT_ORDER_FIXED("problem.rectification.notReporter"),
    /** 复查. */
    REINSPECT_ORDER("problem.rectification.notInspector", "problem.duties.ownReport"),
    /** 关闭整改. */
    CLOSE_ORDER("problem.rectification.notSupervisor", "problem.duties.ownReinspection"),
    /** 签发整改通知单. */
    ISSUE_NOTICE("problem.rectification.notIssuer"),
    /** 信任签名人: put a signer's certificate on the trust list, so their files import and verify as trusted. */
    TRUST_SIGNER("problem.sync.trustNotAllowed"),
    /** 填写草稿: answers, photos, 完成 and 退回草稿 on a draft sheet. Context: whose draft (四眼原则: only theirs). */
    EDIT_DRAFT("problem.inspection.notInspector", "problem.duties.othersDraft"),
    /** 补录: type in a paper sheet filled on an earlier day. Context: whose paper (its 检查人; ADR 0045). */
    BACK_ENTER("problem.backEntry.notAllowed"),
    /** 本月录入: the month's survey responses and imports, panel scores, entered area parts, a typed rate. */
    ENTER_MONTH_RESULTS("problem.monthInput.notAllowed"),
    /** 巡检路线: add, change or end a route with its points and time windows. */
    MANAGE_ROUTES("problem.route.notSupervisor");

    private final String refusal;
    private final String dutyRefusal;

    Permission(String refusal) {
        this(refusal, null);
    }

    Permission(String refusal, String dutyRefusal) {
        this.refusal = refusal;
        this.dutyRefusal = dutyRefusal;
    }

    /** The problem key of a separation-of-duties refusal (四眼原则; argument: the person's name), if it has one. */
    public String dutyRefusal() {
        return dutyRefusal;
    }

    /** The problem key a refusal is reported with (argument: the actor's name). */
    public String refusal() {
        return refusal;
    }
}

package com.logicheck.ui.common;

import java.time.YearMonth;
import java.util.UUID;

/** Switches the main window between screens. View models call it; the window implements it. */
public interface Navigator {

    /** 首页: drafts and recent inspections. */
    void home();

    /** 新建检查. */
    void newInspection();

    /** 新建检查 with the place already chosen (a place code scanned on 首页). */
    default void newInspectionAt(UUID placeId) {
        newInspection();
    }

    /** The checklist of a draft, at {@code focusItemId} when not null (e.g. the first unanswered item). */
    void checklist(UUID inspectionId, UUID focusItemId);

    default void checklist(UUID inspectionId) {
        checklist(inspectionId, null);
    }

    /** 汇总 of a sheet, draft or finished. */
    void summary(UUID inspectionId);

    /** 月度考核 of a provider and month. */
    void assessment();

    /** 月度考核 opened on this provider and month (coming back from 本月录入). */
    void assessment(UUID providerId, YearMonth month);

    /** 本月录入 of a provider and month: survey, complaints, vetoes, exemptions and appeals. */
    void monthEntries(UUID providerId, YearMonth month);

    /** 签字 of a finished sheet. */
    void sign(UUID inspectionId);

    /** 批量导出 of signed sheets. */
    void batchExport();

    /** 月度报告: the month's report PDF, 公示 page and deductions Excel. */
    default void reports() {
    }

    /** 验证签名 of PDF files. */
    void verify();

    /** 考核表模板: the list of templates (supervisors and administrators). */
    void templates();

    /** 模板编辑 of one template by code. */
    void templateEditor(String code);

    /** 备份与恢复; a window without backups ignores it. */
    default void backups() {
    }

    /** 基础资料: places, providers, contracts (主管/管理员 edit, 检查人 view). Windows without it ignore it. */
    default void referenceData() {
    }

    /** 登录 screen: at start, after 退出登录 / 切换用户. Windows without accounts ignore it. */
    default void logIn() {
    }

    /** 用户管理 (管理员 only). Windows without accounts ignore it. */
    default void users() {
    }

    /** 锁定: hides the window until the password is typed again. Windows without accounts ignore it. */
    default void lock() {
    }

    /** 同步: import and export through a folder. */
    void sync();

    /** 同步冲突: resolve what imports listed. */
    void syncConflicts();

    /** 整改台账: deadlines, calendar, charts and the orders' steps. */
    void desk();

    /** 层级检查: inspection plans and what was missed. */
    void plans();

    /** 发整改通知单 from a finished or signed sheet's deductions. Windows without the desk ignore it. */
    default void raiseOrders(UUID inspectionId) {
    }

    /** 单位设置: organisation name and logo, idle lock, this laptop's language and sync folder. Windows without it ignore it. */
    default void settings() {
    }
}

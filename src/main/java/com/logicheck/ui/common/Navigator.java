package com.logicheck.ui.common;

import java.util.UUID;

/** Switches the main window between screens. View models call it; the window implements it. */
public interface Navigator {

    /** 首页: drafts and recent inspections. */
    void home();

    /** 新建检查. */
    void newInspection();

    /** The checklist of a draft, at {@code focusItemId} when not null (e.g. the first unanswered item). */
    void checklist(UUID inspectionId, UUID focusItemId);

    default void checklist(UUID inspectionId) {
        checklist(inspectionId, null);
    }

    /** 汇总 of a sheet, draft or finished. */
    void summary(UUID inspectionId);

    /** 月度考核 of a provider and month. */
    void assessment();

    // --- signing screens ---

    /** 签字 of a finished sheet. */
    void sign(UUID inspectionId);

    /** 批量导出 of signed sheets. */
    void batchExport();

    /** 验证签名 of PDF files. */
    void verify();

    // --- desk ---

    /** 整改台账: deadlines, calendar, charts and the orders' steps. */
    void desk();

    /** 层级检查: inspection plans and what was missed. */
    void plans();
}

package com.logicheck.domain;

/** 服务类别: the outsourced service line a sheet, contract or rectification deadline belongs to. */
public enum ServiceLine {
    /** 基础管理 */
    MANAGEMENT,
    /** 工程维修 */
    MAINTENANCE,
    /** 安保消防 */
    SECURITY,
    /** 绿化保洁 (环境) */
    ENVIRONMENT,
    /** 客服及监督 */
    CUSTOMER_SERVICE,
    /** 食堂 */
    CANTEEN,
    /** 综合物业 */
    PROPERTY
}

package com.logicheck.domain.org;

/** 检查人, 主管 (supervisor), 管理员, and the provider's contact person. */
public enum Role {
    INSPECTOR, SUPERVISOR, ADMIN, PROVIDER_CONTACT
}

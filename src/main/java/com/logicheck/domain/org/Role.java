package com.logicheck.domain.org;

import java.util.Collection;

/**
 * 检查人, 主管 (supervisor), 管理员, and the provider's contact person. The organisation's own roles nest: a 管理员 may
 * do whatever a 主管 may, and a 主管 whatever a 检查人 may (ADR 0013); the provider's contact stands apart.
 */
public enum Role {
    INSPECTOR, SUPERVISOR, ADMIN, PROVIDER_CONTACT;

    /** True when a person with this role may do what {@code required} may. */
    public boolean mayActAs(Role required) {
        return switch (this) {
            case ADMIN -> required != PROVIDER_CONTACT;
            case SUPERVISOR -> required == SUPERVISOR || required == INSPECTOR;
            case INSPECTOR -> required == INSPECTOR;
            case PROVIDER_CONTACT -> required == PROVIDER_CONTACT;
        };
    }

    /** True when this role may act as any of {@code allowed}. */
    public boolean mayActAsAny(Collection<Role> allowed) {
        return allowed.stream().anyMatch(this::mayActAs);
    }

    /** 主管 or 管理员: the roles that decide (approve, close, reopen, trust). */
    public boolean supervises() {
        return mayActAs(SUPERVISOR);
    }
}

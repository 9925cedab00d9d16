package com.logicheck.domain.rectification;

/**
 * 整改状态: 待整改 (open) → 已报整改 (the provider reported it fixed) → 复查合格 (re-inspection passed) → 已关闭.
 * A failed re-inspection sends the order back to OPEN with a new deadline.
 */
public enum RectificationStatus {
    OPEN, REPORTED_FIXED, VERIFIED, CLOSED;

    /** Still waiting for the provider or the re-inspection. */
    public boolean active() {
        return this == OPEN || this == REPORTED_FIXED;
    }
}

package com.logicheck.domain.inspection;

/** The inspector's answer on one item: 合格, 扣分 or 不适用. */
public enum Outcome {
    PASS, DEDUCT, NOT_APPLICABLE
}

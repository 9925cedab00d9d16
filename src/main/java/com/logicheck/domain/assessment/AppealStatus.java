package com.logicheck.domain.assessment;

/** 申辩: open until a supervisor upholds the deduction or overturns it. */
public enum AppealStatus {
    OPEN, UPHELD, OVERTURNED
}

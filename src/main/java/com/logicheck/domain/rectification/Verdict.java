package com.logicheck.domain.rectification;

/** 复查结论: rectified (合格) or not (不合格, a new deadline follows). */
public enum Verdict {
    PASSED, FAILED
}

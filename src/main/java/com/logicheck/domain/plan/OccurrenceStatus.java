package com.logicheck.domain.plan;

/** How one route point fared in one window of one day. */
public enum OccurrenceStatus {
    /** 按时: checked in inside the window. */
    ON_TIME,
    /** 迟到: checked in after the window, before the point's next window (or the day's end). */
    LATE,
    /** 漏检: the window is over and nobody checked in. */
    MISSED,
    /** 未到时间: the window has not ended yet and nobody checked in so far. */
    NOT_DUE
}

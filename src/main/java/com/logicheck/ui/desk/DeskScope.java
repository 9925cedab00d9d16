package com.logicheck.ui.desk;

/** The desk's tabs: 逾期, 今天到期, 本周到期, 全部未结 (待整改 and 已报整改), 全部. */
public enum DeskScope {
    OVERDUE, TODAY, WEEK, OPEN, ALL
}

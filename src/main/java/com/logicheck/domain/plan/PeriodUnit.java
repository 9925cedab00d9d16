package com.logicheck.domain.plan;

/** The unit of an inspection plan's period: hours (a shift), days, calendar months. */
public enum PeriodUnit {
    HOURS, DAYS, MONTHS
}

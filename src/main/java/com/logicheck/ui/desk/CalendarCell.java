package com.logicheck.ui.desk;

import java.time.LocalDate;

/** One day of the month grid: deadlines falling on it, how many of them are overdue now, how many closed. */
public record CalendarCell(LocalDate date, boolean inMonth, boolean today, int due, int overdue, int closed) {
}

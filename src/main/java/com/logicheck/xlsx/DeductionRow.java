package com.logicheck.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the month's deduction list: a deducted item of a sheet, or a sheet with no deduction at all (item
 * fields empty, {@code deduction} zero) so that every sheet of the month appears. {@code sheetNumber}: the sheet's
 * printed 编号 (as on its PDF), so that a row can be matched to its sheet.
 */
public record DeductionRow(LocalDate date, String provider, String place, String template, String kind,
                           String itemCode, String content, BigDecimal deduction, String note, String inspector,
                           BigDecimal sheetScore, String sheetNumber) {
}

package com.logicheck.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * 月服务质量报告, ready to print: the organisation, the month and, per provider, the assessment summary in words and
 * the data of three charts. Built by the service layer from the monthly assessments; the writer only lays it out.
 * {@code omitted}: the providers that have no result this month, each with the reason in words — printed, never
 * silently left out.
 */
public record MonthlyReport(String organisation, YearMonth month, LocalDate issued, List<Section> providers,
                            List<Omission> omitted) {
    public MonthlyReport {
        providers = List.copyOf(providers);
        omitted = omitted == null ? List.of() : List.copyOf(omitted);
    }

    public MonthlyReport(String organisation, YearMonth month, LocalDate issued, List<Section> providers) {
        this(organisation, month, issued, providers, List.of());
    }

    /**
     * One provider: headline numbers, the summary lines (scheme, total and grade, veto, money, failures, warnings),
     * score by service line (0–100), the monthly totals of the last 12 months (null where there is none) on
     * {@code scale}, and the most frequent deductions (count of sheets on which the item was deducted).
     * {@code money}: the month's deduction or reward in words for the 公示 page; {@code provisional}: the month is
     * not closed yet, so the result may still change.
     */
    public record Section(String provider, String total, String grade, boolean failed, List<String> summary,
                          List<Bar> serviceLines, BigDecimal scale, List<Point> trend, List<Bar> topDeductions,
                          List<String> reliefs, String money, boolean provisional) {
        /** {@code reliefs}: the month's 不予扣分 and 申辩, each deduction with its requests and decisions (ADR 0020). */
        public Section {
            reliefs = reliefs == null ? List.of() : List.copyOf(reliefs);
            summary = List.copyOf(summary);
            serviceLines = List.copyOf(serviceLines);
            trend = List.copyOf(trend);
            topDeductions = List.copyOf(topDeductions);
            money = money == null ? "" : money;
        }
    }

    /** A provider with no result this month and why (no contract, no scheme …), in the reader's language. */
    public record Omission(String provider, String reason) {
    }

    public record Bar(String label, BigDecimal value) {
    }

    public record Point(YearMonth month, BigDecimal value) {
    }
}

package com.logicheck.domain.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** 一票否决 status: every recorded event (and the survey's dissatisfaction rate) and whether it vetoes the month. */
public record VetoResult(boolean vetoed, List<Finding> findings) {
    public VetoResult {
        findings = List.copyOf(findings);
    }

    /**
     * One ground considered. For an accident {@code loss}/{@code casualties} against {@code threshold} (元); for
     * dissatisfaction {@code rate} against {@code threshold} (percent). {@code ruled} is false when the scheme has
     * no veto rule of that type (the event is shown but cannot veto).
     */
    public record Finding(VetoType type, UUID eventId, LocalDate date, String evidence, BigDecimal loss,
                          int casualties, BigDecimal rate, BigDecimal threshold, boolean ruled, boolean vetoes) {
    }
}

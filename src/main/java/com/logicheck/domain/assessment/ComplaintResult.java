package com.logicheck.domain.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The month's complaints: each with what it deducts (basis × multiplier when substantiated, 0 otherwise) and the
 * total deduction in points of the scheme's scale (Σ × scale ÷ 100, since items are points of 100-point sheets).
 * When the scheme takes complaints off a component ({@code from}, its title; null for the month's total) the sum
 * comes off that component's 100-scale score (not below 0) and {@code deduction} is what that costs the total:
 * the component's points before less its points after.
 */
public record ComplaintResult(BigDecimal multiplier, List<Line> lines, BigDecimal deduction, String from) {
    public ComplaintResult {
        lines = List.copyOf(lines);
    }

    /** Complaints off the month's total. */
    public ComplaintResult(BigDecimal multiplier, List<Line> lines, BigDecimal deduction) {
        this(multiplier, lines, deduction, null);
    }

    public record Line(Complaint complaint, BigDecimal deduction) {
    }
}

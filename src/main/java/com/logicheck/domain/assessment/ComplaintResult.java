package com.logicheck.domain.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The month's complaints: each with what it deducts (basis × multiplier when substantiated, 0 otherwise) and the
 * total deduction in points of the scheme's scale (Σ × scale ÷ 100, since items are points of 100-point sheets).
 */
public record ComplaintResult(BigDecimal multiplier, List<Line> lines, BigDecimal deduction) {
    public ComplaintResult {
        lines = List.copyOf(lines);
    }

    public record Line(Complaint complaint, BigDecimal deduction) {
    }
}

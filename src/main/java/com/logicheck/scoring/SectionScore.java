package com.logicheck.scoring;

import java.math.BigDecimal;

/**
 * A heading's score: its item deductions summed and capped at what the heading can lose.
 * {@code capacity} is the subtotal, less N/A items under the rescale policy.
 */
public record SectionScore(String title, BigDecimal subtotal, BigDecimal capacity, BigDecimal deduction,
                           BigDecimal earned) {
}

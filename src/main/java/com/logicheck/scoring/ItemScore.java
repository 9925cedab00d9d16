package com.logicheck.scoring;

import com.logicheck.domain.inspection.Outcome;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The score of one item. {@code outcome} is null while unanswered. {@code uncappedDeduction} is what the
 * entered quantities add up to; {@code deduction} is that capped at {@code max}.
 */
public record ItemScore(UUID itemId, Outcome outcome, BigDecimal max, BigDecimal uncappedDeduction,
                        BigDecimal deduction, BigDecimal earned) {

    public boolean answered() {
        return outcome != null;
    }

    public boolean capped() {
        return uncappedDeduction.compareTo(deduction) > 0;
    }
}

package com.logicheck.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Points taken off never read 「−0.00」 (issue 13 item 4). */
class AssessmentLinesMinusTest {
    @Test
    void nothingTakenOffHasNoMinusSign() {
        assertThat(AssessmentLines.minus(BigDecimal.ZERO)).isEqualTo("0.00");
        assertThat(AssessmentLines.minus(new BigDecimal("0.000"))).isEqualTo("0.00");
        assertThat(AssessmentLines.minus(new BigDecimal("1.5"))).isEqualTo("−1.50");
    }
}

package com.logicheck.scoring.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.ConsequenceType;
import com.logicheck.domain.assessment.FailureConsequence;
import com.logicheck.domain.assessment.FailureStatus;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.scoring.assessment.Fixtures.Input;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 004 第14篇 五: 连续二个月不达标 → 限期整改; 连续5次不达标 → 有权终止合同; each failing month costs 1% of the bond.
 * November 2026 fails in every case (60 × 60% + 70 × 40% = 64.00); the earlier months are closed results.
 */
class FailureHistoryTest {

    @ParameterizedTest(name = "failed before: [{0}] → {1} in a row, {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # earlier failing months                  | in a row | consequences
                                                  | 1        |
        2026-10                                   | 2        | RECTIFICATION_DEADLINE
        2026-09                                   | 1        |
        2026-09 2026-10                           | 3        | RECTIFICATION_DEADLINE
        2026-08 2026-09 2026-10                   | 4        | RECTIFICATION_DEADLINE
        2026-07 2026-08 2026-09 2026-10           | 5        | RECTIFICATION_DEADLINE RIGHT_TO_TERMINATE
        2026-01 2026-03 2026-05 2026-07 2026-09   | 1        |
        """)
    void consecutiveFailingMonths(String earlier, int consecutive, String consequences) {
        Input in = Input.college("60", "70");
        if (earlier != null) {
            in.failedBefore(earlier.split(" "));
        }
        MonthlyAssessment m = in.assess();
        assertThat(m.failed()).isTrue();
        assertThat(m.money().amount()).isEqualByComparingTo("2000.00");
        assertThat(m.failures().consecutive()).isEqualTo(consecutive);
        assertThat(m.failures().triggered()).extracting(FailureConsequence::consequence).map(Enum::name)
                .containsExactly(consequences == null ? new String[0] : consequences.split(" "));
    }

    @Test
    void aPassedMonthBreaksTheRun() {
        MonthlyAssessment m = Input.college("60", "70").failedBefore("2026-09").passedBefore("2026-10").assess();
        assertThat(m.failures().consecutive()).isEqualTo(1);
        assertThat(m.failures().cumulative()).isEqualTo(2);
        assertThat(m.failures().triggered()).isEmpty();
    }

    @Test
    void aMonthThatWasNeverClosedBreaksTheRun() {
        MonthlyAssessment m = Input.college("60", "70").failedBefore("2026-08", "2026-09").assess();
        assertThat(m.failures().consecutive()).isEqualTo(1);   // October was never closed
    }

    @Test
    void aPassingMonthTriggersNothingWhateverCameBefore() {
        MonthlyAssessment m = Input.college("88", "90").failedBefore("2026-07", "2026-08", "2026-09", "2026-10").assess();
        FailureStatus f = m.failures();
        assertThat(f.failed()).isFalse();
        assertThat(f.consecutive()).isZero();
        assertThat(f.cumulative()).isEqualTo(4);
        assertThat(f.triggered()).isEmpty();
    }

    @Test
    void aSchemeCanCountFailuresInTotalInsteadOfInARow() {
        AssessmentScheme college = Fixtures.college();
        AssessmentScheme fiveInTotal = new AssessmentScheme(college.id(), college.code(), 2, college.title(),
                college.source(), college.scale(), college.sheets(), college.components(), college.survey(),
                college.complaints(), college.vetoes(), college.grades(), college.money(), college.passDownPercent(),
                college.requiredInspections(),
                List.of(new FailureConsequence(5, false, ConsequenceType.RIGHT_TO_TERMINATE)));
        Input in = Input.college("60", "70").failedBefore("2026-01", "2026-03", "2026-05", "2026-07");
        in.scheme = fiveInTotal;
        MonthlyAssessment m = in.assess();
        assertThat(m.failures().cumulative()).isEqualTo(5);
        assertThat(m.failures().triggered()).extracting(FailureConsequence::consequence)
                .containsExactly(ConsequenceType.RIGHT_TO_TERMINATE);
    }
}

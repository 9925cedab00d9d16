package com.logicheck.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** 关闭本月 before the month has ended: refused unless forced with a reason (December is not closed on 7 December). */
class MonthEndTest {
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    private static void refused(Runnable step, String key, Object... args) {
        assertThatThrownBy(step::run).isInstanceOf(DomainException.class).satisfies(e -> {
            assertThat(((DomainException) e).first().key()).isEqualTo(key);
            assertThat(((DomainException) e).first().args()).containsExactly(args);
        });
    }

    @Test
    void decemberCannotBeClosedOnTheSeventhWithoutForceAndAReason() {
        LocalDate seventh = LocalDate.of(2026, 12, 7);
        refused(() -> MonthEnd.requireClosable(DECEMBER, seventh, false, null), "problem.month.notEnded", "2026-12",
                "2026-12-07");
        refused(() -> MonthEnd.requireClosable(DECEMBER, seventh, false, "院方要求"), "problem.month.notEnded",
                "2026-12", "2026-12-07");
        refused(() -> MonthEnd.requireClosable(DECEMBER, seventh, true, " "), "problem.month.earlyReason", "2026-12");
        assertThat(MonthEnd.requireClosable(DECEMBER, seventh, true, " 院方要求提前结算 ")).isEqualTo("院方要求提前结算");
    }

    @Test
    void theLastDayIsStillInTheMonthAndTheNextDayIsNot() {
        refused(() -> MonthEnd.requireClosable(DECEMBER, LocalDate.of(2026, 12, 31), false, null),
                "problem.month.notEnded", "2026-12", "2026-12-31");
        assertThat(MonthEnd.ended(DECEMBER, LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(MonthEnd.requireClosable(DECEMBER, LocalDate.of(2027, 1, 1), false, null)).isNull();
    }
}

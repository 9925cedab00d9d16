package com.logicheck.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 本季度还需抽查 N 次，剩 M 天 at the edges of quarters: first and last days, year end, leap February. */
class SpotCheckReminderTest {

    static InspectionCount spots(int done, int required) {
        return new InspectionCount(1, 1, done, required, false);
    }

    @ParameterizedTest(name = "{0}: {1} of 2 done → still {2}, {3} days left")
    @CsvSource({
        "2026-01-01, 0, 2, 90",  // the quarter's first day: January 31 + February 28 + March 31
        "2026-01-31, 1, 1, 60",
        "2026-02-01, 0, 2, 59",
        "2026-03-31, 1, 1, 1",   // the quarter's last day counts as one day left
        "2026-04-01, 0, 2, 91",  // a new quarter starts over: April 30 + May 31 + June 30
        "2026-12-31, 1, 1, 1",   // year end
        "2028-01-15, 0, 2, 77",  // leap year: 17 + 29 + 31
    })
    void warnsFromTheQuartersFirstMonthWithTheDaysLeft(LocalDate today, int done, int stillNeeded, int daysLeft) {
        assertThat(SpotCheckReminder.of(spots(done, 2), YearMonth.from(today), today)).hasValueSatisfying(r -> {
            assertThat(r.stillNeeded()).isEqualTo(stillNeeded);
            assertThat(r.daysLeft()).isEqualTo(daysLeft);
            assertThat(r.quarterEnds()).isEqualTo(SpotCheckReminder.quarterEnd(YearMonth.from(today)));
        });
    }

    @Test
    void noneWhenDoneOrNotRequired() {
        LocalDate today = LocalDate.of(2026, 2, 10);
        assertThat(SpotCheckReminder.of(spots(2, 2), YearMonth.of(2026, 2), today)).isEmpty();
        assertThat(SpotCheckReminder.of(spots(3, 2), YearMonth.of(2026, 2), today)).isEmpty();
        assertThat(SpotCheckReminder.of(spots(0, 0), YearMonth.of(2026, 2), today)).isEmpty();
    }

    @Test
    void onlyTheMonthBeingLived() {
        LocalDate today = LocalDate.of(2026, 2, 10);
        assertThat(SpotCheckReminder.of(spots(0, 2), YearMonth.of(2026, 1), today)).as("an earlier month").isEmpty();
        assertThat(SpotCheckReminder.of(spots(0, 2), YearMonth.of(2026, 3), today)).as("a later month").isEmpty();
        assertThat(SpotCheckReminder.of(spots(0, 2), YearMonth.of(2025, 2), today)).as("a year ago").isEmpty();
    }

    @Test
    void quarterEnds() {
        assertThat(SpotCheckReminder.quarterEnd(YearMonth.of(2026, 1))).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(SpotCheckReminder.quarterEnd(YearMonth.of(2026, 6))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(SpotCheckReminder.quarterEnd(YearMonth.of(2026, 8))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(SpotCheckReminder.quarterEnd(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}

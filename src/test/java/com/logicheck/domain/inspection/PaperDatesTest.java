package com.logicheck.domain.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The paper's date and time as people type them; anything else is refused, blank means none. */
class PaperDatesTest {
    @Test
    void datesInTheUsualWritings() {
        assertThat(PaperDates.date("2026-11-03")).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(PaperDates.date("2026/11/3")).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(PaperDates.date("２０２６年11月3日")).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(PaperDates.date("  ")).isNull();
    }

    @Test
    void timesAndNone() {
        assertThat(PaperDates.time("8:40")).isEqualTo(LocalTime.of(8, 40));
        assertThat(PaperDates.time("08：40")).isEqualTo(LocalTime.of(8, 40));
        assertThat(PaperDates.time("")).isNull();
    }

    @Test
    void unreadableOrImpossibleIsRefused() {
        assertThatThrownBy(() -> PaperDates.date("11月3日")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaperDates.date("2026-02-30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaperDates.time("25:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaperDates.time("早上")).isInstanceOf(IllegalArgumentException.class);
    }
}

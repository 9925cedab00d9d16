package com.logicheck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as inspectors type them: the forms a Chinese keyboard produces, English month names, and what is refused. */
class DateInputTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    final List<String> rejected = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-21", "2026-11-21 ", "2026/11/21", "2026.11.21", "20261121", "2026年11月21日",
        "2026 年 11 月 21 日", "２０２６－１１－２１", "２０２６年１１月２１日", "2026-1-1X"})
    void chineseFormsAreRead(String typed) {
        if (typed.endsWith("X")) {
            assertThat(DateInput.parse(typed, Locale.ROOT)).isEmpty();
            return;
        }
        assertThat(DateInput.parse(typed, Locale.SIMPLIFIED_CHINESE)).contains(DAY);
        assertThat(DateInput.parse(typed, Locale.ROOT)).contains(DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"21 Nov 2026", "Nov 21, 2026", "21 November 2026", "november 21, 2026", "2026-11-21"})
    void englishAlsoReadsMonthNames(String typed) {
        assertThat(DateInput.parse(typed, Locale.ENGLISH)).contains(DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-11-31", "11/21/2026", "21/11/2026", "明天", "2026-11",
        "2026年11月", "Nov 21, 2026"})
    void whatIsNotADateInChineseIsRefused(String typed) {
        assertThat(DateInput.parse(typed, Locale.ROOT)).isEmpty();
    }

    @Test
    void itShowsIsoAndTellsWhatItRefusedBeforeThrowing() {
        DateInput input = new DateInput(Locale.ROOT, rejected::add);
        assertThat(input.toString(DAY)).isEqualTo("2026-11-21");
        assertThat(input.toString(null)).isEmpty();
        assertThat(input.fromString("  ")).isNull();
        assertThat(rejected).isEmpty();
        assertThatThrownBy(() -> input.fromString(" 2026-02-30 ")).isInstanceOf(DateTimeParseException.class);
        assertThat(rejected).containsExactly("2026-02-30");
        assertThat(input.fromString("2026年2月28日")).isEqualTo(LocalDate.of(2026, 2, 28));
        // a field that keeps its date gets it back instead of an exception
        DateInput keeping = new DateInput(Locale.ROOT, rejected::add, () -> DAY);
        assertThat(keeping.fromString("2026-11-31")).isEqualTo(DAY);
        assertThat(rejected).containsExactly("2026-02-30", "2026-11-31");
    }
}

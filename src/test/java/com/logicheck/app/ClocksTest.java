package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClocksTest {
    static final Clock WALL = Clock.fixed(Instant.parse("2026-12-07T06:48:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void withoutTheSettingItIsTheMachinesClock() {
        assertThat(Clocks.from(null, WALL)).isSameAs(WALL);
        assertThat(Clocks.from(" ", WALL)).isSameAs(WALL);
    }

    @Test
    void aDateTimeOrADateMovesNowThereInTheLocalZone() {
        Clock moved = Clocks.from("2027-01-01T00:05", WALL);
        assertThat(LocalDateTime.now(moved)).isEqualTo(LocalDateTime.of(2027, 1, 1, 0, 5));
        assertThat(moved.getZone()).isEqualTo(WALL.getZone());
        assertThat(LocalDateTime.now(Clocks.from("2028-02-29", WALL))).isEqualTo(LocalDateTime.of(2028, 2, 29, 0, 0));
    }

    @Test
    void theMovedClockKeepsRunning() {
        Clock wall = Clock.offset(Clock.systemUTC(), Duration.ZERO);
        Clock moved = Clocks.from("2030-06-30T23:59:59", wall.withZone(ZoneOffset.UTC));
        Instant first = moved.instant();
        assertThat(first).isBetween(Instant.parse("2030-06-30T23:59:58Z"), Instant.parse("2030-07-01T00:00:01Z"));
    }

    @Test
    void aMalformedSettingIsRefusedNotIgnored() {
        assertThatThrownBy(() -> Clocks.from("1/1/2027", WALL)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("logicheck.now");
    }
}

package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-21T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.ofHours(8);
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final ManualClock clock = new ManualClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresInARowCostThirtySeconds() {
        for (int i = 0; i < 4; i++) {
            throttle.failed();
        }
        assertThat(throttle.remainingWait()).isZero();
        throttle.failed();
        assertThat(throttle.remainingWait()).isEqualTo(Duration.ofSeconds(30));
        clock.now = clock.now.plusSeconds(29);
        assertThat(throttle.remainingWait()).isEqualTo(Duration.ofSeconds(1));
        clock.now = clock.now.plusSeconds(1);
        assertThat(throttle.remainingWait()).isZero();
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            throttle.failed();
        }
        throttle.succeeded();
        for (int i = 0; i < 4; i++) {
            throttle.failed();
        }
        assertThat(throttle.remainingWait()).isZero();
    }
}

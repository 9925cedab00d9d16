package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    final ManualClock clock = new ManualClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresInARowCostThirtySeconds() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed()).isFalse();
        }
        assertThat(throttle.remainingWait()).isZero();
        assertThat(throttle.failed()).isTrue();
        assertThat(throttle.remainingWait()).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.remainingWait()).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
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

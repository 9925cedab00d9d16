package com.logicheck.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * After {@value #MAX_FAILURES} wrong passwords in a row, log-ins wait {@link #PAUSE} before the next try (the
 * counter starts again after a success or once the pause is over). Kept in memory for this running app: a restart
 * costs more time than the pause, and every try costs a slow hash anyway (ADR 0013).
 */
public final class LoginThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration PAUSE = Duration.ofSeconds(30);
    private final Clock clock;
    private int failures;
    private Instant blockedUntil = Instant.MIN;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the next try must still wait; zero when it may go ahead. */
    public synchronized Duration remainingWait() {
        Duration left = Duration.between(clock.instant(), blockedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Counts a wrong password; true when this one starts the pause. */
    synchronized boolean failed() {
        failures++;
        if (failures >= MAX_FAILURES) {
            failures = 0;
            blockedUntil = clock.instant().plus(PAUSE);
            return true;
        }
        return false;
    }

    synchronized void succeeded() {
        failures = 0;
    }
}

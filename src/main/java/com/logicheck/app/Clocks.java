package com.logicheck.app;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * The one source of "now" (ADR 0031). Everything that needs the date or time takes the {@link AppContext}'s clock;
 * the clock comes from here. The system property {@code logicheck.now} (ISO date {@code 2027-01-01} or date-time
 * {@code 2027-01-01T00:05}, local time) moves it so that the program — and every test fixture that opens a context
 * without a clock of its own — behaves as if that moment were now; the clock keeps running from there.
 */
public final class Clocks {
    /** The system property that sets the date and time the program sees. */
    public static final String NOW_PROPERTY = "logicheck.now";

    private Clocks() {
    }

    /** The machine's clock in the local zone, moved to {@code logicheck.now} when that property is set. */
    public static Clock system() {
        return from(System.getProperty(NOW_PROPERTY), Clock.systemDefaultZone());
    }

    /** {@code base} moved so that it starts at {@code now} (blank: {@code base} itself). */
    static Clock from(String now, Clock base) {
        if (now == null || now.isBlank()) {
            return base;
        }
        LocalDateTime at;
        try {
            at = now.contains("T") ? LocalDateTime.parse(now.strip()) : LocalDate.parse(now.strip()).atStartOfDay();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(NOW_PROPERTY + " must be an ISO date or date-time, e.g. 2027-01-01T00:05: "
                    + now, e);
        }
        return Clock.offset(base, Duration.between(base.instant(), at.atZone(base.getZone()).toInstant()));
    }
}

package com.logicheck.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The demo month's clock: it follows the real one until the demo moves it to the moment of a past step (a sheet's
 * answers, its photos, its signature, an order's raising), so that everything the demo writes carries the time it
 * would have had, and never a time after now. Only the demo's own services are built on it.
 */
public final class DemoClock extends Clock {
    private final Clock real;
    private volatile Instant fixed;

    public DemoClock(Clock real) {
        this.real = real;
    }

    /** From now on the clock says {@code moment}, or the real time when {@code moment} is later than that. */
    public void at(Instant moment) {
        Instant now = real.instant();
        fixed = moment.isAfter(now) ? now : moment;
    }

    /** Back to the real time. */
    public void release() {
        fixed = null;
    }

    /** The real time, whatever the demo has set. */
    public Instant now() {
        return real.instant();
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the demo clock keeps the folder's zone");
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : real.instant();
    }
}

package com.logicheck.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand (log-in pause, idle lock). */
public final class ManualClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    public ManualClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public ManualClock() {
        this(Instant.parse("2026-11-21T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new ManualClock(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }
}

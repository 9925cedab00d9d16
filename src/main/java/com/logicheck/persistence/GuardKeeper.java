package com.logicheck.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Keeps the guard record (ADR 0029) up to date while the database is open: at open, after a backup, every
 * {@link #PERIOD_SECONDS} seconds when something changed, and at a clean close. Each write follows a
 * {@code CHECKPOINT SYNC} (H2 forces the file to the disk), so the record never claims more than the disk holds.
 */
final class GuardKeeper {
    /** System property: seconds between the periodic updates (default 60). */
    static final String PERIOD_SECONDS = "logicheck.guardSeconds";
    private final DataSource source;
    private final DatabaseGuard guard;
    private ScheduledExecutorService timer;
    private DatabaseGuard.Contents written;

    GuardKeeper(DataSource source, DatabaseGuard guard) {
        this.source = source;
        this.guard = guard;
    }

    /** Records the database as open (not closed cleanly) and starts the periodic update. */
    synchronized void start() {
        record();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "database-guard");
            t.setDaemon(true);
            return t;
        });
        long period = Long.getLong(PERIOD_SECONDS, 60);
        timer.scheduleWithFixedDelay(this::record, period, period, TimeUnit.SECONDS);
    }

    /** Writes the record when the contents changed since the last write; a failure only leaves it behind. */
    synchronized void record() {
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            DatabaseGuard.Contents now = DatabaseGuard.read(c);
            if (now.equals(written)) {
                return;
            }
            s.execute("CHECKPOINT SYNC");   // what was read is committed; now it is on the disk as well
            guard.write(now, false);
            written = now;
        } catch (SQLException | RuntimeException e) {
            // closed or failing: the record lags behind, which only makes the check at open less strict
        }
    }

    DatabaseGuard.Contents readQuietly(Connection c) {
        try {
            return DatabaseGuard.read(c);
        } catch (SQLException e) {
            return null;
        }
    }

    /** Stops the periodic update (before the database shuts down). */
    void stop() {
        ScheduledExecutorService t;
        synchronized (this) {
            t = timer;
            timer = null;
        }
        if (t != null) {
            t.shutdown();
            try {
                t.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** After {@code SHUTDOWN}: what the closed file holds, and its size. */
    synchronized void closedCleanly(DatabaseGuard.Contents last) {
        if (last != null) {
            guard.write(last, true);
        }
    }
}

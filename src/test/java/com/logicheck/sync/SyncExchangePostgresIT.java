package com.logicheck.sync;

import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.DependsOnMachine;
import com.logicheck.suites.TestStore;

/**
 * {@link SyncExchangeIT} with both laptops' databases on a real PostgreSQL server (ADR 0038): export, held until
 * trusted, import, revision, relay; skipped, and listed, where no server is configured.
 */
@DatabaseTest
@DependsOnMachine
class SyncExchangePostgresIT extends SyncExchangeIT {
    @Override
    TestStore store() {
        return TestStore.POSTGRES;
    }
}

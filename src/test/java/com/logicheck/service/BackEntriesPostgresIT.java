package com.logicheck.service;

import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.DependsOnMachine;
import com.logicheck.suites.TestStore;

/** {@link BackEntriesIT} on a real PostgreSQL server (ADR 0038); skipped, and listed, where none is configured. */
@DatabaseTest
@DependsOnMachine
class BackEntriesPostgresIT extends BackEntriesIT {
    @Override
    TestStore store() {
        return TestStore.POSTGRES;
    }
}

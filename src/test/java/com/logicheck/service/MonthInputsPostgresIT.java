package com.logicheck.service;

import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.DependsOnMachine;
import com.logicheck.suites.TestStore;

/** {@link MonthInputsIT} on a real PostgreSQL server (ADR 0038); skipped, and listed, where none is configured. */
@DatabaseTest
@DependsOnMachine
class MonthInputsPostgresIT extends MonthInputsIT {
    @Override
    TestStore store() {
        return TestStore.POSTGRES;
    }
}

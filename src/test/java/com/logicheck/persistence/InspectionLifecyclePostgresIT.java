package com.logicheck.persistence;

import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.DependsOnMachine;
import com.logicheck.suites.TestStore;

/** {@link InspectionLifecycleIT} on a real PostgreSQL server (ADR 0038); skipped, and listed, where none is configured. */
@DatabaseTest
@DependsOnMachine
class InspectionLifecyclePostgresIT extends InspectionLifecycleIT {
    @Override
    TestStore store() {
        return TestStore.POSTGRES;
    }
}

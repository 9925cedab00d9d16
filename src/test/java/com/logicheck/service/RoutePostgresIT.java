package com.logicheck.service;

import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.DependsOnMachine;
import com.logicheck.suites.TestStore;

/** {@link RouteIT} on a real PostgreSQL server (ADR 0038); skipped, and listed, where none is configured. */
@DatabaseTest
@DependsOnMachine
class RoutePostgresIT extends RouteIT {
    @Override
    TestStore store() {
        return TestStore.POSTGRES;
    }
}

package com.logicheck.suites;

import com.logicheck.app.AppContext;
import com.logicheck.app.Clocks;
import com.logicheck.app.TestContexts;
import com.logicheck.i18n.Messages;
import com.logicheck.service.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Where a test's data folder keeps its database (ADR 0038): {@link #H2}, the file in the folder as on a laptop, or
 * {@link #POSTGRES}, a fresh database of its own on the PostgreSQL server the tests were given
 * ({@link PostgresDatabases}; skipped, and listed as skipped, where none is). An integration test that should hold on
 * both engines opens its folders through a store, and a subclass runs the same test bodies on PostgreSQL.
 */
public enum TestStore {
    H2,
    POSTGRES;

    public AppContext open(Path dataDir) {
        return open(dataDir, Clocks.system());
    }

    /** As {@code AppContext.open(dataDir, clock)}: the production password hasher, the folder's own key. */
    public AppContext open(Path dataDir, Clock clock) {
        if (this == H2) {
            return AppContext.open(MigratedTemplate.into(dataDir), clock);
        }
        return AppContext.open(dataDir, clock, Messages.forLanguage(null), new PasswordHasher(),
                dir -> PostgresDatabases.databaseOf(dataDir));
    }

    /** As {@code TestContexts.open(dataDir)}: log-in passwords hashed at the tests' cheap strength (ADR 0036). */
    public AppContext openWithTestPasswords(Path dataDir) {
        if (this == H2) {
            return TestContexts.open(MigratedTemplate.into(dataDir));
        }
        return AppContext.open(dataDir, Clocks.system(), Messages.forLanguage(null), TestContexts.passwords(),
                dir -> PostgresDatabases.databaseOf(dataDir));
    }
}

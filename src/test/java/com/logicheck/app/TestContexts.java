package com.logicheck.app;

import com.logicheck.i18n.Messages;
import com.logicheck.persistence.DatabaseKey;
import com.logicheck.service.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Opens a data folder as {@link AppContext#open} does, with log-in passwords hashed at
 * {@value #PASSWORD_ITERATIONS} PBKDF2 iterations instead of the real 1 000 000 (ADR 0013, 0036): tests that create
 * accounts or log in would otherwise spend most of their time hashing. The installed app has no such setting.
 */
public final class TestContexts {
    public static final int PASSWORD_ITERATIONS = 1000;

    private TestContexts() {
    }

    public static PasswordHasher passwords() {
        return new PasswordHasher(PASSWORD_ITERATIONS);
    }

    /** The command line with the cheap hasher (what {@link CliRun} runs). */
    static Main main() {
        return new Main(passwords());
    }

    public static AppContext open(Path dataDir) {
        return open(dataDir, Clocks.system());
    }

    public static AppContext open(Path dataDir, Clock clock) {
        return open(dataDir, clock, Messages.forLanguage(null));
    }

    public static AppContext open(Path dataDir, Clock clock, Messages messages) {
        return open(dataDir, clock, messages, DatabaseKeys.fromEnvironmentOrConsole(messages));
    }

    public static AppContext open(Path dataDir, Clock clock, Messages messages, Supplier<DatabaseKey> key) {
        return AppContext.open(dataDir, clock, messages, key, passwords());
    }
}

package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.DatabaseKey;
import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where the command line finds the password of an encrypted database (ADR 0017): the environment variable
 * {@value #ENV}, else a prompt on the console; the app asks in a dialog instead (LogiCheckApp).
 */
final class DatabaseKeys {
    static final String ENV = "LOGICHECK_DB_PASSWORD";

    private DatabaseKeys() {
    }

    static Supplier<DatabaseKey> fromEnvironmentOrConsole(Messages messages) {
        return () -> fromEnvironmentOrConsole(System.getenv(), System.console(), messages.get("cli.db.password"));
    }

    static DatabaseKey fromEnvironmentOrConsole(Map<String, String> env, Console console, String prompt) {
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return DatabaseKey.of(fromEnv.toCharArray());
        }
        if (console == null) {
            return DatabaseKey.NONE;
        }
        char[] typed = console.readPassword("%s", prompt);
        DatabaseKey key = DatabaseKey.of(typed);
        if (typed != null) {
            Arrays.fill(typed, '\0');
        }
        return key;
    }

    /** An encrypted folder cannot open without a password: say where to give one. */
    static DatabaseKey required(DatabaseKey key) {
        if (key == null || !key.present() || key.blank()) {
            throw new DomainException(Problem.of("problem.database.passwordNeeded", ENV));
        }
        return key;
    }
}

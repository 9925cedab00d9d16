package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.DatabaseEncryption;
import com.logicheck.persistence.DatabaseKey;
import com.logicheck.persistence.backup.Backups;
import com.logicheck.persistence.backup.Retention;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code logicheck encrypt} / {@code decrypt}: converts the database of a closed data folder to or from AES file
 * encryption (ADR 0017). The password comes from LOGICHECK_DB_PASSWORD or the console (new ones typed twice).
 */
final class EncryptionCommands {
    private EncryptionCommands() {
    }

    @Command(name = "encrypt", mixinStandardHelpOptions = true)
    static final class Encrypt implements Callable<Integer> {
        @Mixin
        Invocation run;

        @Override
        public Integer call() {
            Messages messages = run.messages();
            DatabaseKey key = newPassword(System.getenv(), System.console(), messages);
            PrintWriter out = run.out();
            try (DataDirectory dir = new DataDirectory(run.main().dataDirectory()).prepare().lock()) {
                new DatabaseEncryption(dir).encrypt(key);
                int old = new Backups(dir, null, AppContext.appVersion(), Clocks.system(), Retention.DEFAULT)
                        .list().size();
                out.println(messages.get("cli.encrypt.done", dir.root()));
                if (old > 0) {
                    out.println(messages.get("cli.encrypt.oldBackups", old, dir.backups()));
                }
            } finally {
                key.wipe();
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "decrypt", mixinStandardHelpOptions = true)
    static final class Decrypt implements Callable<Integer> {
        @Mixin
        Invocation run;

        @Override
        public Integer call() {
            Messages messages = run.messages();
            DatabaseKey key = DatabaseKeys.required(
                    DatabaseKeys.fromEnvironmentOrConsole(System.getenv(), System.console(), messages.get("cli.db.password")));
            PrintWriter out = run.out();
            try (DataDirectory dir = new DataDirectory(run.main().dataDirectory()).prepare().lock()) {
                new DatabaseEncryption(dir).decrypt(key);
                out.println(messages.get("cli.decrypt.done", dir.root()));
            } finally {
                key.wipe();
            }
            out.flush();
            return 0;
        }
    }

    /** From the environment, or typed twice on the console. */
    static DatabaseKey newPassword(Map<String, String> env, Console console, Messages messages) {
        String fromEnv = env.get(DatabaseKeys.ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return DatabaseKey.of(fromEnv.toCharArray());
        }
        if (console == null) {
            throw new DomainException(Problem.of("problem.database.passwordNeeded", DatabaseKeys.ENV));
        }
        char[] first = console.readPassword("%s", messages.get("cli.db.newPassword"));
        char[] second = console.readPassword("%s", messages.get("cli.db.repeatPassword"));
        try {
            if (first == null || !Arrays.equals(first, second)) {
                throw new DomainException(Problem.of("problem.encryption.mismatch"));
            }
            return DatabaseKey.of(first);
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }
}

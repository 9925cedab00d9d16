package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What several sub-commands share: sheet numbers (full or short id), the keystore password, reading files. */
final class CliSupport {
    static final String PASSWORD_ENV = "LOGICHECK_KEY_PASSWORD";

    private CliSupport() {
    }

    /** A full id, or the first characters of one (as printed on the sheet and in file names). */
    static UUID sheetId(AppContext context, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notFull) {
            List<UUID> ids = text.length() >= 4 && text.matches("[0-9a-fA-F-]+")
                    ? context.core().signedSheets().idsStartingWith(text) : List.of();
            if (ids.isEmpty()) {
                throw new DomainException(Problem.of("problem.cli.unknownId", text));
            }
            if (ids.size() > 1) {
                throw new DomainException(Problem.of("problem.cli.ambiguousId", text));
            }
            return ids.get(0);
        }
    }

    /** --password, else the environment variable, else a prompt on the console; null when there is none. */
    static char[] password(String option, Map<String, String> env, Console console, String prompt) {
        if (option != null) {
            return option.toCharArray();
        }
        String fromEnv = env.get(PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        return console == null ? null : console.readPassword("%s", prompt);
    }

    static byte[] read(Path file) {
        if (file == null) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.cli.readFile", file.toString()));
        }
    }
}

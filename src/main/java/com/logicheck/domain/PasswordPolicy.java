package com.logicheck.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * 密码规则: what a new log-in or signing-key password must be (ADR 0030). Applied when a password is <em>set</em>
 * (account creation, password change or reset, first-run wizard, a new signing key), never at log-in, so a password
 * set under older rules keeps working until it is changed. Each refusal says why.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "/passwords/common-passwords.txt";
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /**
     * Refuses {@code password} unless it has {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, is not all
     * digits, not one character repeated, not {@code login} (when given) and not on the bundled list of common
     * passwords (compared ignoring case and full-width forms).
     */
    public static void check(char[] password, String login) {
        String p = password == null ? "" : new String(password);
        int length = p.codePointCount(0, p.length());
        if (length < MIN_LENGTH) {
            throw new DomainException(Problem.of("problem.account.passwordShort", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            throw new DomainException(Problem.of("problem.account.passwordLong", MAX_LENGTH));
        }
        String folded = fold(p);
        if (folded.codePoints().allMatch(Character::isDigit)) {
            throw new DomainException(Problem.of("problem.account.passwordAllDigits"));
        }
        if (p.codePoints().distinct().count() == 1) {
            throw new DomainException(Problem.of("problem.account.passwordTrivial"));
        }
        if (login != null && folded.strip().equals(login)) {
            throw new DomainException(Problem.of("problem.account.passwordIsLogin"));
        }
        if (COMMON.contains(folded)) {
            throw new DomainException(Problem.of("problem.account.passwordCommon"));
        }
    }

    /** Whether {@code password} is on the bundled list (ignoring case and full-width forms). */
    public static boolean common(String password) {
        return COMMON.contains(fold(password));
    }

    static int listSize() {
        return COMMON.size();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the build");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(fold(line.strip()));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

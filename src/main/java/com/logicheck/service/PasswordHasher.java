package com.logicheck.service;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Log-in passwords as PBKDF2-HMAC-SHA256 with a random 16-byte salt, encoded with their parameters
 * ({@code pbkdf2-sha256$1000000$salt$hash}, Base64 without padding) so the work factor can be raised later: a
 * stored hash made with fewer iterations still verifies and {@link #needsRehash} says to store a new one at the
 * next successful log-in. Passwords are NFC-normalised (the same Chinese password typed with another input method
 * matches) and compared in constant time. See ADR 0013.
 */
public final class PasswordHasher {
    /** ~0.3 s on the reference laptop (2 shared cores, warm JVM); OWASP's 2023 floor is 600 000. */
    public static final int DEFAULT_ITERATIONS = 1_000_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private final int iterations;
    private final SecureRandom random;

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /** Fewer iterations only for tests that hash many passwords. */
    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations " + iterations);
        }
        this.iterations = iterations;
        this.random = new SecureRandom();
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return SCHEME + "$" + iterations + "$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(derive(password, salt, iterations));
    }

    /** True when {@code password} matches {@code encoded}; false for a wrong password or a damaged/unknown encoding. */
    public boolean verify(char[] password, String encoded) {
        Parsed p = parse(encoded);
        if (p == null) {
            derive(password, new byte[SALT_BYTES], iterations);
            return false;
        }
        return MessageDigest.isEqual(derive(password, p.salt, p.iterations), p.hash);
    }

    /** Spends the same time as a real check, so an unknown login name cannot be told from a wrong password by timing. */
    public void verifyNothing(char[] password) {
        derive(password, new byte[SALT_BYTES], iterations);
    }

    /** True when {@code encoded} was made with weaker parameters than this hasher's. */
    public boolean needsRehash(String encoded) {
        Parsed p = parse(encoded);
        return p == null || p.iterations < iterations;
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String encoded) {
        if (encoded == null) {
            return null;
        }
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return null;
        }
        try {
            int n = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            return n < 1 || salt.length < 8 || hash.length != HASH_BITS / 8 ? null : new Parsed(n, salt, hash);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        char[] normalised = Normalizer.normalize(new String(password), Normalizer.Form.NFC).toCharArray();
        PBEKeySpec spec = new PBEKeySpec(normalised, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(normalised, '\0');
        }
    }
}

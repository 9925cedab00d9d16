package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.pdf.UserKeyStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * 签名密钥（本次登录）: the signing keys unlocked during one log-in session, held only in memory (ADR 0043). Opening a
 * PKCS#12 key store costs its password-based key derivation every time, so the first signing of a session unlocks
 * the key and later signings with the same password take it from here. The password is still asked for and checked on
 * every signing: against a keyed hash (HMAC-SHA256 under a random secret of this session, never written anywhere),
 * so a wrong password is refused as before. A key store file that changed on disk since is opened again.
 * <p>{@link #clear} forgets every key and the secret: {@link CurrentUser} calls it on 锁定, 退出登录 and a switch of
 * user, and the app when it closes; the next signing then unlocks the key store again. The CLI signs once per process
 * and so unlocks once per call.
 */
public final class SessionKeys {
    private final SecureRandom random = new SecureRandom();
    private final Map<Path, Entry> keys = new HashMap<>();
    private byte[] secret;

    /** One unlocked key: the file it came from as it was then, and the keyed hash of the password that opened it. */
    private record Entry(Object fileKey, long size, long modified, byte[] check, UserKeyStore.SigningKey key) {
    }

    /**
     * The key in {@code file}, unlocked with {@code password}: from this session when it was unlocked with the same
     * password and the file is unchanged, otherwise opened (or created, {@link UserKeyStore#openOrCreate}) and kept.
     * A wrong password is refused whether or not the key is held.
     */
    public synchronized UserKeyStore.SigningKey unlock(Path file, char[] password, String name, String organisation,
                                                       Clock clock) {
        if (password == null || password.length == 0) {
            throw new DomainException(Problem.of("problem.key.noPassword"));
        }
        Entry held = keys.get(file);
        if (held != null) {
            if (sameFile(held, stamp(file)) && MessageDigest.isEqual(held.check(), check(password))) {
                return held.key();
            }
            keys.remove(file);
        }
        UserKeyStore.SigningKey key = UserKeyStore.openOrCreate(file, password, name, organisation, clock);
        Entry now = stamp(file);
        if (now != null) {
            keys.put(file, new Entry(now.fileKey(), now.size(), now.modified(), check(password), key));
        }
        return key;
    }

    /** Whether a key is held for {@code file} (tests, and the security check that lock and log-out forget it). */
    public synchronized boolean holds(Path file) {
        return keys.containsKey(file);
    }

    /** Forgets every key and the session's secret (锁定, 退出登录, switch of user, app closed). */
    public synchronized void clear() {
        keys.clear();
        if (secret != null) {
            Arrays.fill(secret, (byte) 0);
            secret = null;
        }
    }

    /** The file's identity, size and time now, as an entry without a key; null when it cannot be read. */
    private static Entry stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Entry(a.fileKey(), a.size(), a.lastModifiedTime().toMillis(), null, null);
        } catch (IOException e) {
            return null;
        }
    }

    private byte[] check(char[] password) {
        if (secret == null) {
            secret = new byte[32];
            random.nextBytes(secret);
        }
        ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[utf8.remaining()];
        utf8.get(bytes);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Compares the file stamps only (identity, size, time). */
    private static boolean sameFile(Entry a, Entry b) {
        return b != null && Objects.equals(a.fileKey(), b.fileKey()) && a.size() == b.size()
                && a.modified() == b.modified();
    }
}

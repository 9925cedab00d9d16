package com.logicheck.persistence;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The encryption marker's content and the key H2 gets (ADR 0017): the user's password is stretched with
 * PBKDF2-HMAC-SHA256 and a random salt kept in the marker, and H2 is given the result in hex. That makes every
 * wrong guess cost a fraction of a second, and keeps Chinese passwords working (H2's own conversion of a
 * non-ASCII file password differs between its URL and its ChangeFileEncryption tool).
 */
final class FileKey {
    static final String KDF = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 210_000;
    private final byte[] salt;
    private final int iterations;

    private FileKey(byte[] salt, int iterations) {
        this.salt = salt;
        this.iterations = iterations;
    }

    static FileKey fresh() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new FileKey(salt, ITERATIONS);
    }

    /** Reads the marker of an encrypted folder; a damaged marker is reported, never guessed around. */
    static FileKey read(Path marker) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            p.load(r);
            return new FileKey(HexFormat.of().parseHex(p.getProperty("salt")),
                    Integer.parseInt(p.getProperty("iterations")));
        } catch (IOException | RuntimeException e) {
            throw new DomainException(Problem.of("problem.encryption.marker", marker.toString()));
        }
    }

    void write(Path marker) throws IOException {
        Properties p = new Properties();
        p.setProperty("cipher", "AES");
        p.setProperty("kdf", KDF);
        p.setProperty("iterations", String.valueOf(iterations));
        p.setProperty("salt", HexFormat.of().formatHex(salt));
        StringWriter text = new StringWriter();
        p.store(text, "LogiCheck: this data folder's database is encrypted (H2 CIPHER=AES); see ADR 0017");
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(marker, AtomicFile.Readers.PRIVATE, out -> out.write(bytes));
    }

    /** The key H2 gets for {@code password}: 64 hex characters. */
    char[] derive(char[] password) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            return HexFormat.of().formatHex(key).toCharArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            spec.clearPassword();
        }
    }
}

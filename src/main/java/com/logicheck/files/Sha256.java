package com.logicheck.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one SHA-256 of LogiCheck: photo and evidence names, signed PDFs' and backups' checks, certificate fingerprints,
 * hashes of canonical rows. Lower-case hex everywhere, so a hash written by one part is found by another. Every
 * layer may use it (like {@link AtomicFile}); it knows nothing but bytes.
 */
public final class Sha256 {
    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    /** A fresh digest, for content that is streamed (a backup entry while it is written). */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(of(bytes));
    }

    /** The hash of a text's UTF-8 bytes. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A finished digest in hex. */
    public static String hex(MessageDigest digest) {
        return HEX.formatHex(digest.digest());
    }

    /** The hash of a file's content, read as a stream (photos and evidence may be large). */
    public static String hex(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return hex(in.getMessageDigest());
        }
    }
}

package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.persistence.DiskSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Where signing keeps its files in the data folder: {@code signed/<inspection id>.pdf}, and per person
 * {@code keys/<person id>.p12} (the password-protected keystore) and {@code keys/<person id>-signature.png}.
 * A sheet's PDF is written first under a temporary name in {@code signed/.pending/}, the database transaction that
 * names its SHA-256 commits, and then the file is moved into place; {@link #completePending} finishes at the next
 * open what a crash (kill -9, power cut) interrupted between the commit and the move.
 */
public final class SigningFiles {
    private final Path signedFolder;
    private final Path keysFolder;

    public SigningFiles(Path signedFolder, Path keysFolder) {
        this.signedFolder = signedFolder;
        this.keysFolder = keysFolder;
    }

    public Path signedPdf(UUID inspectionId) {
        return signedFolder.resolve(inspectionId + ".pdf");
    }

    /** A signed 整改通知单 of one deadline round: {@code signed/notices/<order id>-<round>.pdf}. */
    public Path noticePdf(UUID orderId, int round) {
        return signedFolder.resolve("notices").resolve(orderId + "-" + round + ".pdf");
    }

    /** A signed record of a rectification step or a closed month (ADR 0022): {@code signed/records/<id>.pdf}. */
    public Path recordPdf(UUID recordId) {
        return signedFolder.resolve("records").resolve(recordId + ".pdf");
    }

    /** The folder a sheet's signed PDF waits in between its commit and its move into place. */
    public Path pendingFolder() {
        return signedFolder.resolve(".pending");
    }

    /** The name a sheet's pending PDF is written beside (temporary names start with "." + this name). */
    public Path pendingPdf(UUID inspectionId) {
        return pendingFolder().resolve(inspectionId + ".pdf");
    }

    /** Writes {@code pdf} as the sheet's pending file (flushed to disk) and returns it. */
    public Path writePending(UUID inspectionId, byte[] pdf) throws IOException {
        Files.createDirectories(pendingFolder());
        Path tmp = Files.createTempFile(pendingFolder(), "." + inspectionId + ".pdf", ".tmp");
        try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(pdf);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
        return tmp;
    }

    /** Moves a pending file to {@code signed/<id>.pdf}, atomically where the file system can. */
    public static void place(Path pending, Path target) throws IOException {
        try {
            Files.move(pending, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(pending, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * At open: every pending file is either the signed PDF its committed sheet lacks — its SHA-256 is the hash
     * {@code committedHash} gives for the sheet and the sheet's own file is missing or another — and is moved into
     * place, or the leftover of work that never committed (or was placed already), and is removed.
     * Returns how many files were moved into place.
     */
    public int completePending(Function<UUID, Optional<String>> committedHash) {
        Path folder = pendingFolder();
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int placed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                Optional<UUID> id = idOf(f.getFileName().toString());
                Optional<String> hash = id.flatMap(committedHash);
                Path target = id.map(this::signedPdf).orElse(null);
                if (hash.isPresent() && hash.get().equals(sha256(f)) && !hash.get().equals(sha256(target))) {
                    place(f, target);
                    placed++;
                } else {
                    deleteQuietly(f);
                }
            }
        } catch (IOException e) {
            // the files stay pending and are tried again at the next open
        }
        return placed;
    }

    private static Optional<UUID> idOf(String name) {
        String s = name.startsWith(".") ? name.substring(1) : name;
        try {
            return s.length() < 36 ? Optional.empty() : Optional.of(UUID.fromString(s.substring(0, 36)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String sha256(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return "";
        }
        try (var in = new java.security.DigestInputStream(Files.newInputStream(file),
                java.security.MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return java.util.HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return "";
        }
    }

    public Path keystore(UUID personId) {
        return keysFolder.resolve(personId + ".p12");
    }

    public Path signatureImage(UUID personId) {
        return keysFolder.resolve(personId + "-signature.png");
    }

    public Optional<byte[]> storedSignature(UUID personId) {
        Path p = signatureImage(personId);
        try {
            return Files.exists(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void storeSignature(UUID personId, byte[] png) {
        SigningService.requirePng(png, personId.toString());
        Path tmp = null;
        try {
            Files.createDirectories(keysFolder);
            tmp = Files.createTempFile(keysFolder, ".signature", ".tmp");
            Files.write(tmp, png);
            Files.move(tmp, signatureImage(personId), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(tmp);
            if (DiskSpace.isFull(e, keysFolder)) {
                throw new DomainException(Problem.of("problem.disk.full", keysFolder.toString()));
            }
            throw new DomainException(Problem.of("problem.sign.cannotWrite", keysFolder.toString(), e.getMessage()));
        }
    }

    public static void deleteQuietly(Path tmp) {
        try {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException ignored) {
            // a leftover temporary file starts with '.' and is never read
        }
    }
}

package com.logicheck.service;

import com.logicheck.domain.LocalFault;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import com.logicheck.files.DiskSpace;
import com.logicheck.files.Sha256;
import com.logicheck.pdf.UserKeyStore;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Where signing keeps its files in the data folder: {@code signed/<inspection id>.pdf}, and per person
 * {@code keys/<person id>.p12} (the password-protected keystore) and {@code keys/<person id>-signature.png}.
 * A sheet's PDF is staged first ({@link AtomicFile#stage}: a hidden, fsynced temporary file beside its target), the
 * database transaction that names its SHA-256 commits, and then the file is moved into place; {@link #completePending}
 * finishes at the next open what a crash (kill -9, power cut) interrupted between the commit and the move.
 */
public final class SigningFiles {
    private final Path signedFolder;
    private final Path keysFolder;
    private final SessionKeys sessionKeys;

    public SigningFiles(Path signedFolder, Path keysFolder) {
        this(signedFolder, keysFolder, new SessionKeys());
    }

    /** {@code sessionKeys}: the keys unlocked in this log-in session (the one {@link CurrentUser} clears). */
    public SigningFiles(Path signedFolder, Path keysFolder, SessionKeys sessionKeys) {
        this.signedFolder = signedFolder;
        this.keysFolder = keysFolder;
        this.sessionKeys = sessionKeys;
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

    /**
     * At open: every pending file is either the signed PDF its committed sheet lacks — its SHA-256 is the hash
     * {@code committedHash} gives for the sheet and the sheet's own file is missing or another — and is moved into
     * place, or the leftover of work that never committed (or was placed already), and is removed.
     * Returns how many files were moved into place.
     */
    public int completePending(Function<UUID, Optional<String>> committedHash) {
        if (!Files.isDirectory(signedFolder)) {
            return 0;
        }
        int placed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(signedFolder,
                f -> f.getFileName().toString().startsWith(".") && f.getFileName().toString().endsWith(AtomicFile.TEMP_SUFFIX))) {
            for (Path f : files) {
                Optional<UUID> id = idOf(f.getFileName().toString());
                Optional<String> hash = id.flatMap(committedHash);
                Path target = id.map(this::signedPdf).orElse(null);
                if (hash.isPresent() && hash.get().equals(sha256(f)) && !hash.get().equals(sha256(target))) {
                    AtomicFile.publish(f, target);
                    placed++;
                } else {
                    AtomicFile.deleteQuietly(f);
                }
            }
        } catch (IOException e) {
            // the files stay staged and are tried again at the next open
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

    /** The SHA-256 of a file's content in hex; empty when it is not there or cannot be read. */
    static String sha256(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return "";
        }
        try {
            return Sha256.hex(file);
        } catch (IOException e) {
            return "";
        }
    }

    public Path keystore(UUID personId) {
        return keysFolder.resolve(personId + ".p12");
    }

    /**
     * {@code personId}'s signing key, unlocked with {@code password} (created on first use for {@code name} of
     * {@code organisation}); once per log-in session ({@link SessionKeys}), a wrong password refused every time.
     */
    public UserKeyStore.SigningKey key(UUID personId, char[] password, String name, String organisation, Clock clock) {
        return sessionKeys.unlock(keystore(personId), password, name, organisation, clock);
    }

    /** The keys this session holds (forgotten on lock and log-out). */
    public SessionKeys sessionKeys() {
        return sessionKeys;
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
        try {
            AtomicFile.write(signatureImage(personId), AtomicFile.Readers.PRIVATE, out -> out.write(png));
        } catch (IOException e) {
            if (DiskSpace.isFull(e, keysFolder)) {
                throw new LocalFault(Problem.of("problem.disk.full", keysFolder.toString()));
            }
            throw new LocalFault(Problem.of("problem.sign.cannotWrite", keysFolder.toString(), e.getMessage()));
        }
    }

}

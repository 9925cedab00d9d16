package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.LocalFault;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import com.logicheck.persistence.DiskSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * Where signing keeps its files in the data folder: {@code signed/<inspection id>.pdf}, and per person
 * {@code keys/<person id>.p12} (the password-protected keystore) and {@code keys/<person id>-signature.png}.
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

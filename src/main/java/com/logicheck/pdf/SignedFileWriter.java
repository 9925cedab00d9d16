package com.logicheck.pdf;

import com.logicheck.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * 签名文件: the one writer of every signed file LogiCheck makes — a signed sheet (ADR 0010), a 整改通知单, a reference
 * package and a sync record (ADR 0033). The caller prints the unsigned PDF, which embeds its JSON; this signs it
 * through the one {@link PdfSigner} with the person's key and says what {@link Signature} says, hashes it and writes it
 * whole next to its target ({@link AtomicFile}, ADR 0028). A file that something records (a sheet, a notice) is
 * {@link #stage staged} and published after the record is written; a file nothing records is {@link #write written}
 * at once. It lives in {@code pdf} because signing is PDF work and both {@code service} and {@code sync} use it; the
 * sync engine's kinds and their payload checks stay in {@code sync.SignedEnvelope}, which writes through here.
 */
public final class SignedFileWriter {
    private SignedFileWriter() {
    }

    /** Who signs a file: the one signer, the person's key, and what the signature says (name, place, reason, time). */
    public record Signature(PdfSigner signer, UserKeyStore.SigningKey key, PdfSigner.SignatureInfo info) {
    }

    /** A signed file written and forced next to its target, not yet in place: {@link #commit} or close to drop it. */
    public static final class Staged implements AutoCloseable {
        private final byte[] pdf;
        private final String sha256;
        private final AtomicFile.Staged file;

        private Staged(byte[] pdf, String sha256, AtomicFile.Staged file) {
            this.pdf = pdf;
            this.sha256 = sha256;
            this.file = file;
        }

        /** The signed file's bytes, exactly as staged. */
        public byte[] pdf() {
            return pdf.clone();
        }

        /** The SHA-256 of the signed file, as recorded with it. */
        public String sha256() {
            return sha256;
        }

        public Path target() {
            return file.target();
        }

        /** Moves the file into place; on failure the staged file is gone and the old target unchanged. */
        public void commit() throws IOException {
            file.commit();
        }

        /** Throws the staged file away unless it was committed. */
        @Override
        public void close() {
            file.close();
        }
    }

    /** Signs {@code unsigned} and stages it for {@code target}; nothing is in place until {@link Staged#commit}. */
    public static Staged stage(byte[] unsigned, Signature signature, Path target, AtomicFile.Readers readers)
            throws IOException {
        byte[] pdf = sign(unsigned, signature);
        return new Staged(pdf, PdfVerifier.sha256(pdf), AtomicFile.stage(target, readers, out -> out.write(pdf)));
    }

    /**
     * Signs {@code unsigned} and writes it as {@code target} at once (a failure is {@link AtomicFile#write}'s
     * {@code WriteFault}); returns the SHA-256 of the file written.
     */
    public static String write(byte[] unsigned, Signature signature, Path target, AtomicFile.Readers readers) {
        byte[] pdf = sign(unsigned, signature);
        AtomicFile.write(target, pdf, readers);
        return PdfVerifier.sha256(pdf);
    }

    private static byte[] sign(byte[] unsigned, Signature signature) {
        return signature.signer().sign(unsigned, signature.key(), signature.info());
    }
}

package com.logicheck.sync;

import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.service.SheetRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * 读取: one file's bytes and what reading them tells, each step worked out once and remembered with its verdict —
 * the signature and embedded record ({@link SheetFileReader#verified}), the sheet record, the checked photo
 * originals. The import asks for them in ADR 0010's order and meets each refusal where it always did; an
 * {@link ImportPipeline} worker works them out ahead on another core ({@link #readAhead}), the merge then reuses
 * them. Nothing here writes anything.
 */
final class FileRead {
    private final SheetFileReader reader;
    private final Path file;
    private final byte[] pdf;
    private final String sha256;
    private Outcome<SheetFileReader.Verified> verified;
    private Outcome<SheetRecord> sheet;
    private Outcome<List<PhotoStore.ImportedImage>> photos;

    FileRead(SheetFileReader reader, Path file, byte[] pdf) {
        this.reader = reader;
        this.file = file;
        this.pdf = pdf;
        this.sha256 = PdfVerifier.sha256(pdf);
    }

    Path file() {
        return file;
    }

    byte[] pdf() {
        return pdf;
    }

    String sha256() {
        return sha256;
    }

    /** Steps 2–6 of ADR 0010 (whole PDF, signature, trust, record); throws the file's refusal. */
    SheetFileReader.Verified verified() {
        if (verified == null) {
            verified = Outcome.of(() -> reader.verified(pdf));
        }
        return verified.get();
    }

    /** The sheet record of a verified file (format, schema version, signer = 检查人); throws the refusal. */
    SheetRecord sheet() {
        if (sheet == null) {
            SheetFileReader.Verified v = verified();
            sheet = Outcome.of(() -> reader.sheet(v));
        }
        return sheet.get();
    }

    /** The sheet's photo originals, each checked against the record (ADR 0023); throws the refusal. */
    List<PhotoStore.ImportedImage> photos() {
        if (photos == null) {
            SheetFileReader.Verified v = verified();
            SheetRecord record = sheet();
            photos = Outcome.of(() -> reader.photos(v, record));
        }
        return photos.get();
    }

    /** Works out every step a sheet file needs, remembering the verdicts (a worker thread calls this). */
    void readAhead() {
        try {
            if (!verified().referencePackage()) {
                photos();
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // remembered: the import meets it when it asks for that step
        }
    }

    /** A value, or the refusal (or failure) that working it out ended in, thrown again on every ask. */
    private record Outcome<T>(T value, Throwable failure) {
        static <T> Outcome<T> of(Supplier<T> step) {
            try {
                return new Outcome<>(step.get(), null);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                return new Outcome<>(null, e);
            }
        }

        T get() {
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return value;
        }
    }
}

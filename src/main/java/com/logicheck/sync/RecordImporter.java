package com.logicheck.sync;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.RecordLog;
import com.logicheck.service.SigningFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Merges a signed record (ADR 0022) whose file passed the sheet importer's checks (whole PDF, signature, trusted
 * signer, bounded record): the record's format and version, the signer is the person the record names (certificate
 * and name), each embedded photo is the one the record names (SHA-256, at most {@link PhotoStore#MAX_BYTES}), then
 * {@link RecordMerger} applies it in one transaction — the role rules, waiting for what it follows, conflicts. The
 * file is kept as {@code signed/records/<id>.pdf}, so this laptop passes it on at its next export.
 */
public final class RecordImporter {
    /** Reasons of a record that may import once the rest of the folder is in (tried again, then refused). */
    public static final String WAITS = "sync.record.waits.";
    private final RecordLog log;
    private final RecordMerger merge;
    private final PhotoStore photos;
    private final SigningFiles files;
    private final RecordPrints prints;
    private final Path scratch;

    public RecordImporter(RecordLog log, RecordMerger merge, PhotoStore photos, SigningFiles files, RecordPrints prints,
                          Path scratch) {
        this.log = log;
        this.merge = merge;
        this.photos = photos;
        this.files = files;
        this.prints = prints;
        this.scratch = scratch;
    }

    /** Whether a file with this SHA-256 was merged (or kept as a conflict) before. */
    public boolean known(String sha256) {
        return log.known(sha256);
    }

    /** Whether the embedded record of a verified file is a signed record (and not a sheet's). */
    static boolean isRecord(byte[] json) {
        return RecordFile.isRecord(json);
    }

    ImportReport.FileResult importRecord(Path file, String sha, byte[] pdf, PdfVerifier.SignatureCheck check,
                                         byte[] json) {
        RecordFile f = RecordFile.parse(json);
        if (!check.certificateSha256().equals(f.signerCertificateSha256())
                || !String.valueOf(check.signerName()).equals(f.record().actorName())) {
            throw SheetFileReader.refused("sync.refused.signerMismatch", check.signerName(), f.record().actorName());
        }
        Map<RecordFile.Photo, byte[]> images = new LinkedHashMap<>();
        for (RecordFile.Photo p : f.photos()) {
            PdfVerifier.Embedded e = PdfVerifier.embeddedRecord(pdf, p.file(), (int) PhotoStore.MAX_BYTES);
            if (e.bytes() == null || !p.sha256().equals(PdfVerifier.sha256(e.bytes()))) {
                throw SheetFileReader.refused("sync.refused.invalid", "photo " + p.name());
            }
            images.put(p, e.bytes());
        }
        RecordMerger.Result result = merge.merge(new RecordMerger.Incoming(f.record(), sha, file.toString(), pdf),
                () -> images.forEach(this::store));
        RecordPrints.About about = prints.describe(f.record());
        return switch (result.outcome()) {
            case NEW -> {
                keep(f.record().id(), pdf);
                yield result(file, ImportReport.Kind.NEW, "sync.record.new", about.args());
            }
            case SKIPPED -> {
                if (log.of(f.record().subject()).stream().anyMatch(s -> s.record().id().equals(f.record().id())
                        && sha.equals(s.fileSha256()))) {
                    keep(f.record().id(), pdf);
                }
                yield result(file, ImportReport.Kind.SKIPPED, "sync.record.skipped", about.args());
            }
            case CONFLICT -> result(file, ImportReport.Kind.CONFLICT, "sync.record.conflict." + result.conflictKind(),
                    about.args(RecordPrints.shortId(result.localId())));
        };
    }

    private static ImportReport.FileResult result(Path file, ImportReport.Kind kind, String reason, List<Object> args) {
        return new ImportReport.FileResult(file, kind, reason, args, null);
    }

    /** Stores one checked photo under photos/ (by its SHA-256, with a thumbnail) like a local evidence photo. */
    private void store(RecordFile.Photo p, byte[] bytes) {
        Path dir = null;
        try {
            Files.createDirectories(scratch);
            dir = Files.createTempDirectory(scratch, "record-photo");
            String name = p.name().replaceAll("[\\\\/:*?\"<>|]", "_");
            Path tmp = dir.resolve(name.isBlank() ? p.file() : name);
            Files.write(tmp, bytes);
            PhotoStore.StoredImage stored = photos.store(tmp);
            if (!stored.sha256().equals(p.sha256())) {
                throw SheetFileReader.refused("sync.refused.invalid", "photo " + p.name());
            }
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.photo.cannotStore", p.name(), e.getMessage()));
        } finally {
            deleteTree(dir);
        }
    }

    private void keep(UUID id, byte[] pdf) {
        Path target = files.recordPdf(id);
        try {
            if (Files.exists(target) && Files.size(target) == pdf.length) {
                return;
            }
        } catch (IOException ignored) {
            // written again below
        }
        AtomicFile.write(target, pdf, AtomicFile.Readers.PRIVATE);
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(walk.toList());
            Collections.reverse(all);
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a scratch folder left behind is harmless
        }
    }

    /** Counts of the records among an import's results: new, skipped, conflicts, refused/waiting. */
    public static long[] summary(ImportReport report) {
        return ImportTally.of(report).records().asArray();
    }
}

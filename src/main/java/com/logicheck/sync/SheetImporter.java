package com.logicheck.sync;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.DatabaseFault;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.SyncRepository;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.service.SheetRecord;
import com.logicheck.service.SigningFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * 同步导入: scans a folder (recursively) for signed sheets and merges each file on its own, all or nothing
 * (ADR 0010). A file seen before (same SHA-256) is skipped without being parsed; a new one is size-checked before
 * it is read, verified, trust-checked, its record read and merged by UUID in one transaction, and its PDF kept as
 * the sheet's signed file. Nothing a file contains can make the import stop: every problem becomes that file's
 * reason. A revision whose original is in the same folder waits until the original is in.
 */
public final class SheetImporter {
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;
    private final SheetFileReader reader;
    private final SyncRepository repository;
    private final TemplateRepository templates;
    private final SigningFiles files;
    private final long maxFileBytes;
    private final ReferenceImporter references;
    private final RecordImporter records;
    private final PhotoStore photoStore;

    public SheetImporter(PdfVerifier verifier, Predicate<String> trusted, SyncRepository repository,
                         TemplateRepository templates, SigningFiles files, long maxFileBytes) {
        this(verifier, trusted, repository, templates, files, maxFileBytes, null);
    }

    /** {@code references}: merges signed reference-data packages met in the folder (null: they are refused). */
    public SheetImporter(PdfVerifier verifier, Predicate<String> trusted, SyncRepository repository,
                         TemplateRepository templates, SigningFiles files, long maxFileBytes,
                         ReferenceImporter references) {
        this(verifier, trusted, repository, templates, files, maxFileBytes, references, null, null);
    }

    /** {@code records}: merges signed records of rectification steps and closed months (null: they are refused). */
    public SheetImporter(PdfVerifier verifier, Predicate<String> trusted, SyncRepository repository,
                         TemplateRepository templates, SigningFiles files, long maxFileBytes,
                         ReferenceImporter references, RecordImporter records) {
        this(verifier, trusted, repository, templates, files, maxFileBytes, references, records, null);
    }

    /**
     * {@code photoStore}: where the photo originals a file carries are stored (ADR 0023; null: they stay in the
     * PDF only).
     */
    public SheetImporter(PdfVerifier verifier, Predicate<String> trusted, SyncRepository repository,
                         TemplateRepository templates, SigningFiles files, long maxFileBytes,
                         ReferenceImporter references, PhotoStore photoStore) {
        this(verifier, trusted, repository, templates, files, maxFileBytes, references, null, photoStore);
    }

    /** Sheets, reference-data packages (ADR 0019), signed steps and closed months (ADR 0022), photo originals (0023). */
    public SheetImporter(PdfVerifier verifier, Predicate<String> trusted, SyncRepository repository,
                         TemplateRepository templates, SigningFiles files, long maxFileBytes,
                         ReferenceImporter references, RecordImporter records, PhotoStore photoStore) {
        this.records = records;
        this.references = references;
        this.photoStore = photoStore;
        this.reader = new SheetFileReader(verifier, trusted);
        this.repository = repository;
        this.templates = templates;
        this.files = files;
        this.maxFileBytes = maxFileBytes;
    }

    /** Imports every PDF under {@code folder}; {@code progress} hears of each file as it is done. */
    public ImportReport importFolder(Path folder, UUID actorId, Consumer<ImportReport.FileResult> progress) {
        return importFiles(scan(folder), actorId, progress, () -> false);
    }

    /** The files an import of {@code folder} would read, in the order it reads them. */
    public List<Path> filesIn(Path folder) {
        return scan(folder);
    }

    /**
     * Imports {@code files} one by one, each all or nothing. {@code cancelled} is asked between two files: a cancelled
     * import stops there, and every file is then either fully imported or not touched (the report lists only the
     * files done). A revision whose original, or a sheet whose template (in a reference-data package), comes later in
     * the list is tried again while that helps ({@link ImportRunner}, the loop the 同步 screen runs too).
     */
    public ImportReport importFiles(List<Path> files, UUID actorId, Consumer<ImportReport.FileResult> progress,
                                    BooleanSupplier cancelled) {
        return importFiles(files, actorId, progress, cancelled, ImportPipeline.defaultWorkers());
    }

    /** As {@link #importFiles(List, UUID, Consumer, java.util.function.BooleanSupplier)} with {@code workers} readers. */
    public ImportReport importFiles(List<Path> files, UUID actorId, Consumer<ImportReport.FileResult> progress,
                                    BooleanSupplier cancelled, int workers) {
        try (ImportRunner run = new ImportRunner(this, files, actorId, workers)) {
            while (run.hasNext()) {
                if (cancelled.getAsBoolean()) {
                    return run.report();
                }
                run.next().forEach(progress);
            }
            return run.report();
        }
    }

    /**
     * An import of {@code files} by {@code actorId} run one {@link ImportRunner#next} call at a time (the 同步 screen
     * runs one file per background task); close it when done or cancelled.
     */
    public ImportRunner runner(List<Path> files, UUID actorId) {
        return new ImportRunner(this, files, actorId, ImportPipeline.defaultWorkers());
    }

    /** Whether a file refused for this reason may import once the rest of the folder is in (tried again). */
    public static boolean waitsForOthers(ImportReport.FileResult r) {
        return r.reason() != null && (RETRIED.contains(r.reason()) || r.reason().startsWith(RecordImporter.WAITS));
    }

    private static final Set<String> RETRIED = Set.of("sync.refused.missingPredecessor",
            "sync.refused.unknownTemplate");

    /** Imports one file; never throws for anything the file contains. */
    public ImportReport.FileResult importFile(Path file, UUID actorId) {
        Object read = read(file);
        return read instanceof FileRead r ? importBytes(r, actorId) : (ImportReport.FileResult) read;
    }

    /**
     * The file's bytes ({@link FileRead}), or the verdict when it is refused before it is read (too large,
     * unreadable). Safe on any thread.
     */
    Object read(Path file) {
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                return ImportReport.FileResult.refused(file, "sync.refused.tooLarge", megabytes(size),
                        megabytes(maxFileBytes));
            }
            return new FileRead(reader, file, Files.readAllBytes(file));
        } catch (IOException | UncheckedIOException e) {
            return ImportReport.FileResult.refused(file, "sync.refused.unreadable");
        } catch (OutOfMemoryError e) {
            return ImportReport.FileResult.refused(file, "sync.refused.invalid", e.getClass().getSimpleName());
        }
    }

    /** Whether a file with this SHA-256 was merged before: it is skipped without being parsed. Safe on any thread. */
    boolean known(String sha256) {
        return repository.known(sha256) || references != null && references.known(sha256);
    }

    long maxFileBytes() {
        return maxFileBytes;
    }

    /** Imports the bytes of one file (read by the caller, who checked its size). */
    public ImportReport.FileResult importBytes(Path file, byte[] pdf, UUID actorId) {
        return importBytes(new FileRead(reader, file, pdf), actorId);
    }

    /** Imports one file read (and perhaps verified ahead by a worker); the merge happens on the calling thread. */
    ImportReport.FileResult importBytes(FileRead read, UUID actorId) {
        Path file = read.file();
        byte[] pdf = read.pdf();
        String sha = read.sha256();
        try {
            if (repository.known(sha)) {
                UUID id = repository.sheetWithHash(sha).orElse(null);
                if (id != null) {
                    place(stageIfMissing(id, pdf));
                }
                return new ImportReport.FileResult(file, ImportReport.Kind.SKIPPED, null, List.of(), id);
            }
            if (references != null && references.known(sha)) {
                return new ImportReport.FileResult(file, ImportReport.Kind.SKIPPED, null, List.of(), null);
            }
            if (records != null && records.known(sha)) {
                return new ImportReport.FileResult(file, ImportReport.Kind.SKIPPED, "sync.record.skipped", List.of(), null);
            }
            SheetFileReader.Verified verified = read.verified();
            if (records != null && RecordImporter.isRecord(verified.record())) {
                return records.importRecord(file, sha, pdf, verified.check(), verified.record());
            }
            if (verified.referencePackage()) {
                if (references == null) {
                    throw SheetFileReader.refused("sync.refused.unknownSchema");
                }
                return references.importPackage(file, sha, verified, actorId);
            }
            SheetRecord record = read.sheet();
            if (!templates.exists(record.template().versionId())) {
                return ImportReport.FileResult.refused(file, "sync.refused.unknownTemplate",
                        String.valueOf(record.template().title()), record.template().version());
            }
            if (repository.holds(record.inspection().id()) && sameRecordAsStored(record.inspection().id(), verified.record())) {
                return new ImportReport.FileResult(file, ImportReport.Kind.SKIPPED, null, List.of(), record.inspection().id());
            }
            List<PhotoStore.ImportedImage> photos = photoStore == null ? List.of() : read.photos();
            SyncRepository.ImportedSheet sheet = SheetFileReader.toSheet(record, sha, file.toString());
            UUID id = sheet.id();
            // the file is staged before the merge commits, so a crash between the two loses nothing:
            // SigningFiles.completePending moves it into place at the next open
            AtomicFile.Staged pending = stageIfMissing(id, pdf);
            SyncRepository.Merge merge;
            try {
                merge = merge(sheet, pdf, photos, actorId);
            } catch (RuntimeException | Error e) {
                discard(pending);
                throw e;
            }
            return switch (merge.outcome()) {
                case NEW, UPDATED -> {
                    place(pending);
                    yield new ImportReport.FileResult(file, merge.outcome() == SyncRepository.Outcome.NEW
                            ? ImportReport.Kind.NEW : ImportReport.Kind.UPDATED, null, List.of(), id);
                }
                case SKIPPED -> {
                    place(pending);
                    yield new ImportReport.FileResult(file, ImportReport.Kind.SKIPPED, null, List.of(), id);
                }
                case CONFLICT -> {
                    boolean sameId = merge.conflictWith().equals(id);
                    if (!sameId) {
                        place(pending);
                    } else {
                        discard(pending);
                    }
                    yield new ImportReport.FileResult(file, ImportReport.Kind.CONFLICT,
                            sameId ? "sync.conflict.sameId" : "sync.conflict.revision",
                            List.of(shortId(id), shortId(merge.conflictWith())), id);
                }
            };
        } catch (SheetFileReader.HeldBack held) {
            Problem p = held.first();
            return new ImportReport.FileResult(file, ImportReport.Kind.HELD, p.key(), p.args(), null);
        } catch (DatabaseFault fault) {
            throw fault;   // this laptop's database failed: not the file's fault, and the next file would fail too
        } catch (DomainException refused) {
            Problem p = refused.first();
            return new ImportReport.FileResult(file, ImportReport.Kind.REFUSED, p.key(), p.args(), null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            if (DatabaseFault.isLocal(e)) {
                throw new DatabaseFault(e);
            }
            // a file must not stop the import, whatever it contains; the transaction has been rolled back
            return ImportReport.FileResult.refused(file, "sync.refused.invalid", e.getClass().getSimpleName());
        }
    }

    /**
     * Merges the sheet with its photo originals written first (files named by their SHA-256, so a sheet row never
     * names a photo that is not there); if the merge refuses the sheet, the originals it brought are removed again.
     */
    private SyncRepository.Merge merge(SyncRepository.ImportedSheet sheet, byte[] pdf,
                                       List<PhotoStore.ImportedImage> photos, UUID actorId) {
        List<Path> written = photos.isEmpty() ? List.of() : photoStore.writeImported(photos);
        try {
            return repository.merge(sheet, pdf, actorId);
        } catch (RuntimeException | Error e) {
            if (!written.isEmpty()) {
                photoStore.removeUnreferenced(written);
            }
            throw e;
        }
    }

    /**
     * Whether the file's embedded record is byte for byte the record in this laptop's signed PDF of the sheet: the
     * same signed content in a file that differs only outside what the signature protects (the CMS structure's
     * unsigned fields). Such a file is the same sheet, not a conflict.
     */
    private boolean sameRecordAsStored(UUID id, byte[] incoming) {
        Path local = files.signedPdf(id);
        if (!Files.isRegularFile(local)) {
            return false;
        }
        try {
            byte[] stored = PdfVerifier.embeddedRecord(Files.readAllBytes(local), SheetRecord.FILE_NAME,
                    SheetFileReader.MAX_RECORD_BYTES).bytes();
            return stored != null && Arrays.equals(stored, incoming);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The sheet's signed PDF staged beside its target ({@link AtomicFile#stage}: written and forced, not yet in place)
     * unless its stored file is there already (null then). Staged before the merge commits, so a crash between the two
     * loses nothing: {@code SigningFiles.completePending} moves it into place at the next open.
     */
    private AtomicFile.Staged stageIfMissing(UUID id, byte[] pdf) {
        Path target = files.signedPdf(id);
        try {
            if (Files.exists(target) && Files.size(target) == pdf.length) {
                return null;
            }
        } catch (IOException e) {
            // staged again below
        }
        return AtomicFile.stage(target, pdf, AtomicFile.Readers.PRIVATE);
    }

    /** Moves a staged file (if any) into place. */
    private static void place(AtomicFile.Staged staged) {
        if (staged != null) {
            staged.publish();
        }
    }

    /** Throws a staged file (if any) away. */
    private static void discard(AtomicFile.Staged staged) {
        if (staged != null) {
            staged.close();
        }
    }

    /** Every *.pdf under the folder, in a stable order; hidden and temporary files are left alone. */
    static List<Path> scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DomainException(Problem.of("sync.folderMissing", folder.toString()));
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".pdf");
                    })
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DomainException(Problem.of("sync.folderUnreadable", folder.toString(), e.getMessage()));
        }
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }

    static String shortId(UUID id) {
        return id == null ? "" : id.toString().substring(0, 8);
    }
}

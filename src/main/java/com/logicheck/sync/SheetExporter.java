package com.logicheck.sync;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.LocalFault;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.SignedSheetRepository;
import com.logicheck.persistence.SyncRepository;
import com.logicheck.service.ExportService;
import com.logicheck.service.SigningFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * 同步导出: copies every signed sheet (and every revision) the sync folder does not hold yet into it, incrementally.
 * A file's name ends with the first 12 hex digits of its SHA-256 ({@code …_1a2b3c4d_9f86d081884c.pdf}); a sheet whose
 * hash is already in some file name anywhere under the folder (put there by any laptop) is not written again. Each
 * file is written by {@link AtomicFile}, readable by the folder's other users, so a reader never sees half a file.
 */
public final class SheetExporter {
    static final Pattern HASH_IN_NAME = Pattern.compile("_([0-9a-f]{12})\\.pdf$");
    private final SyncRepository repository;
    private final SignedSheetRepository signed;
    private final ExportService names;
    private final SigningFiles files;

    public SheetExporter(SyncRepository repository, SignedSheetRepository signed, ExportService names, SigningFiles files) {
        this.repository = repository;
        this.signed = signed;
        this.names = names;
        this.files = files;
    }

    /** What an export did: files written, sheets the folder held already, and sheets that could not be written. */
    public record ExportReport(List<Path> written, int alreadyThere, List<Problem> problems) {
    }

    public ExportReport export(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LocalFault(Problem.of("problem.export.notWritable", folder.toString()));
        }
        Set<String> held = hashesIn(folder);
        List<Path> written = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int already = 0;
        for (SyncRepository.Exportable sheet : repository.exportable()) {
            String tag = sheet.contentHash().substring(0, 12);
            if (held.contains(tag)) {
                already++;
                continue;
            }
            try {
                written.add(write(sheet, folder, tag));
                held.add(tag);
            } catch (DomainException e) {
                problems.addAll(e.problems());
            }
        }
        return new ExportReport(written, already, problems);
    }

    private Path write(SyncRepository.Exportable sheet, Path folder, String tag) {
        UUID id = sheet.id();
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(files.signedPdf(id));
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.export.pdfMissing", SheetImporter.shortId(id),
                    files.signedPdf(id).toString()));
        }
        if (!sheet.contentHash().equals(PdfVerifier.sha256(pdf))) {
            throw new DomainException(Problem.of("problem.export.pdfDamaged", SheetImporter.shortId(id),
                    files.signedPdf(id).toString()));
        }
        String readable = signed.row(id).map(names::fileName).orElse(id + ".pdf");
        Path target = folder.resolve(readable.substring(0, readable.length() - ".pdf".length()) + "_" + tag + ".pdf");
        AtomicFile.write(target, pdf, AtomicFile.Readers.SHARED);
        return target;
    }

    /** The hash tags of the files anywhere under the folder. */
    static Set<String> hashesIn(Path folder) {
        Set<String> tags = new HashSet<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.forEach(p -> {
                Matcher m = HASH_IN_NAME.matcher(p.getFileName().toString());
                if (m.find()) {
                    tags.add(m.group(1));
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new DomainException(Problem.of("sync.folderUnreadable", folder.toString(), e.getMessage()));
        }
        return tags;
    }
}

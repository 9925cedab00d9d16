package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.files.AtomicFile;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.SignedSheetRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 导出: copies signed sheets' PDFs out of the data folder under readable, stable names
 * ({@code 2026-11-21_绿化保洁_心内科病区_张伟_1a2b3c4d.pdf}). Each file is written by {@link AtomicFile}, readable by the folder's other users,
 * so a failure never leaves a half-written PDF; the stored file's hash is checked first.
 */
public final class ExportService {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private final SignedSheetRepository signed;
    private final SigningFiles files;
    private final Messages messages;
    private final ZoneId zone;

    public ExportService(SignedSheetRepository signed, SigningFiles files, Messages messages, ZoneId zone) {
        this.signed = signed;
        this.files = files;
        this.messages = messages;
        this.zone = zone;
    }

    /** Which signed sheets to export; null fields do not filter. */
    public record Filter(YearMonth month, String provider, String templateCode) {
    }

    public Path exportOne(UUID inspectionId, Path folder) {
        SignedSheetRepository.SignedSheetRow row = signed.row(inspectionId)
                .orElseThrow(() -> new DomainException(Problem.of("problem.inspection.missing", inspectionId)));
        if (row.status() != InspectionStatus.SIGNED && row.status() != InspectionStatus.SUPERSEDED) {
            throw new DomainException(Problem.of("problem.export.notSigned", shortId(inspectionId)));
        }
        return write(row, folder);
    }

    /** The signed sheets a filter selects, oldest first (for a batch export that reports progress per file). */
    public List<SignedSheetRepository.SignedSheetRow> matching(Filter filter) {
        return signed.signedSheets(filter.month(), zone, filter.provider(), filter.templateCode());
    }

    /** A signed sheet a batch export will write, and the file name it gets. */
    public record SheetToExport(UUID inspectionId, String fileName) {
    }

    /** {@link #matching} as the export screen lists it: each sheet with its file name. */
    public List<SheetToExport> sheetsToExport(Filter filter) {
        return matching(filter).stream().map(row -> new SheetToExport(row.id(), fileName(row))).toList();
    }

    public List<Path> export(Filter filter, Path folder) {
        List<Path> written = new ArrayList<>();
        for (SignedSheetRepository.SignedSheetRow row : signed.signedSheets(filter.month(), zone, filter.provider(),
                filter.templateCode())) {
            written.add(write(row, folder));
        }
        return written;
    }

    public String fileName(SignedSheetRepository.SignedSheetRow row) {
        String name = String.join("_", DAY.format(row.startedAt().atZoneSameInstant(zone)),
                messages.label(row.serviceLine()), row.placeName(), row.inspectorName(), row.number());
        if (row.revision() > 1) {
            name += "_" + messages.get("export.revision", row.revision());
        }
        return safe(name) + ".pdf";
    }

    /**
     * 打印: the signed PDF of a sheet as it was signed, for the printer; refused when the sheet is not signed, or its
     * file is missing or changed since signing (the same checks as an export).
     */
    public byte[] signedPdfForPrinting(UUID inspectionId) {
        SignedSheetRepository.SignedSheetRow row = signed.row(inspectionId)
                .orElseThrow(() -> new DomainException(Problem.of("problem.inspection.missing", inspectionId)));
        if (row.status() != InspectionStatus.SIGNED && row.status() != InspectionStatus.SUPERSEDED) {
            throw new DomainException(Problem.of("problem.export.notSigned", row.number()));
        }
        return checkedPdf(row);
    }

    private Path write(SignedSheetRepository.SignedSheetRow row, Path folder) {
        byte[] pdf = checkedPdf(row);
        Path target = folder.resolve(fileName(row));
        AtomicFile.write(target, pdf, AtomicFile.Readers.SHARED);
        return target;
    }

    /** The signed file of a sheet, refused when it is missing or its bytes are not those signed. */
    private byte[] checkedPdf(SignedSheetRepository.SignedSheetRow row) {
        Path source = files.signedPdf(row.id());
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(source);
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.export.pdfMissing", row.number(), source.toString()));
        }
        String expected = signed.state(row.id()).map(SignedSheetRepository.SheetState::contentHash).orElse(null);
        if (expected != null && !expected.equals(PdfVerifier.sha256(pdf))) {
            throw new DomainException(Problem.of("problem.export.pdfDamaged", row.number(), source.toString()));
        }
        return pdf;
    }

    static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }

    /** Letters, digits and CJK stay; path separators and characters Windows forbids become '-'. */
    static String safe(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").replaceAll("\\s+", "");
        return s.length() > 150 ? s.substring(0, 150) : s;
    }
}

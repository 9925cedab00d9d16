package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.MonthlyReport;
import com.logicheck.pdf.ReportPdfWriter;
import com.logicheck.xlsx.DeductionRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * 月度报告, one use case for the CLI ({@code report}) and the screen: writes the month's 月服务质量报告 (PDF/A-3b),
 * its one-page 公示 and the deductions Excel — whichever are asked for — all or nothing. Everything is built in
 * memory first, then every file is staged beside its target, and only when all are staged and the work was not
 * cancelled are they moved into place: a refusal, a folder that cannot be written or 取消 leaves no file behind.
 * The outcome says per provider whether it is in the report, closed or provisional, or left out and why.
 */
public final class MonthReportFiles {
    private final MonthlyReports reports;
    private final MonthExport export;
    private final ReportPdfWriter writer;
    private final Messages m;
    private final Clock clock;

    /** What to write; a null path is not written. {@code providerId} empty: every provider. */
    public record Request(YearMonth month, Optional<UUID> providerId, Path pdf, Path publicPdf, Path excel) {
        public Request {
            providerId = providerId == null ? Optional.empty() : providerId;
        }

        boolean wantsReport() {
            return pdf != null || publicPdf != null;
        }
    }

    /** Where a provider stands in the written report. */
    public enum Standing {
        /** In the report with the month's closed result. */
        CLOSED,
        /** In the report with the result as computed now: the month is not closed yet. */
        PROVISIONAL,
        /** Not in the report: no result this month ({@code ProviderLine.reason} says why). */
        OMITTED
    }

    /** One provider of the report: its standing, and its total and grade (or the reason it has none). */
    public record ProviderLine(String provider, Standing standing, String total, String grade, String reason) {
    }

    /** What was written: the files, the providers of the report and the number of Excel rows. */
    public record Outcome(List<Path> written, List<ProviderLine> providers, int excelRows, boolean cancelled) {
        public Outcome {
            written = List.copyOf(written);
            providers = List.copyOf(providers);
        }
    }

    /** Told how far the work got; asked between steps whether to stop. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void step(int done, int total, String what) {
        }

        default boolean cancelled() {
            return false;
        }
    }

    public MonthReportFiles(MonthlyReports reports, MonthExport export, ReportPdfWriter writer, Messages messages,
                            Clock clock) {
        this.reports = reports;
        this.export = export;
        this.writer = writer;
        this.m = messages;
        this.clock = clock;
    }

    /**
     * The files of the month in {@code folder} under their usual names ({@code providerName} null: every provider).
     */
    public Request inFolder(Path folder, YearMonth month, Optional<UUID> providerId, String providerName,
                            boolean pdf, boolean publicPdf, boolean excel) {
        String suffix = providerName == null || providerName.isBlank() ? "" : "_" + safe(providerName);
        return new Request(month, providerId,
                pdf ? folder.resolve(m.get("report.file.report", month.toString(), suffix)) : null,
                publicPdf ? folder.resolve(m.get("report.file.public", month.toString(), suffix)) : null,
                excel ? folder.resolve(m.get("report.file.excel", month.toString(), suffix)) : null);
    }

    /**
     * Writes what {@code request} asks for. Refused (nothing written) when nothing is asked for, when the month has no
     * finished sheet (of the provider asked for), when no provider has a result that month, or when a file cannot be
     * written.
     * Cancelled between two steps: nothing written, {@link Outcome#cancelled()}.
     */
    public Outcome write(Request request, Progress progress) {
        if (!request.wantsReport() && request.excel() == null) {
            throw new DomainException(Problem.of("problem.report.noOutput"));
        }
        // steps: gather, each file made, write
        int total = 2 + (request.pdf() != null ? 1 : 0) + (request.publicPdf() != null ? 1 : 0)
                + (request.excel() != null ? 1 : 0);
        int[] done = {0};
        List<Target> targets = new ArrayList<>();
        List<ProviderLine> lines = new ArrayList<>();
        if (step(progress, done, total, "report.progress.gather")) {
            return cancelled(lines, 0);
        }
        List<DeductionRow> deductions = export.rows(request.month(), request.providerId());
        if (deductions.isEmpty()) {
            throw new DomainException(Problem.of("problem.report.noData", request.month().toString()));
        }
        int rows = deductions.size();
        if (request.wantsReport()) {
            MonthlyReport report = reports.build(request.month(), request.providerId(), LocalDate.now(clock));
            report.providers().forEach(s -> lines.add(new ProviderLine(s.provider(),
                    s.provisional() ? Standing.PROVISIONAL : Standing.CLOSED, s.total(), s.grade(), "")));
            report.omitted().forEach(o -> lines.add(new ProviderLine(o.provider(), Standing.OMITTED, "", "", o.reason())));
            if (request.pdf() != null) {
                if (step(progress, done, total, "report.progress.pdf")) {
                    return cancelled(lines, rows);
                }
                targets.add(new Target(request.pdf(), writer.write(report)));
            }
            if (request.publicPdf() != null) {
                if (step(progress, done, total, "report.progress.public")) {
                    return cancelled(lines, rows);
                }
                targets.add(new Target(request.publicPdf(), writer.writePublic(report)));
            }
        }
        if (request.excel() != null) {
            if (step(progress, done, total, "report.progress.excel")) {
                return cancelled(lines, rows);
            }
            // staged first, as the CLI always wrote the Excel before the PDF: a fault names the same file as before
            targets.add(0, new Target(request.excel(), export.workbook(request.month(), deductions)));
        }
        return publish(request, targets, progress, done, total, lines, rows);
    }

    /** A file to write and its bytes (all made before anything is staged, so a refusal writes nothing). */
    private record Target(Path path, byte[] bytes) {
    }

    private Outcome publish(Request request, List<Target> targets, Progress progress, int[] done, int total,
                            List<ProviderLine> lines, int rows) {
        if (step(progress, done, total, "report.progress.write")) {
            return cancelled(lines, rows);
        }
        List<AtomicFile.Staged> staged = new ArrayList<>();
        try {
            for (int i = 0; i < targets.size(); i++) {
                staged.add(AtomicFile.stage(targets.get(i).path(), targets.get(i).bytes(), AtomicFile.Readers.SHARED));
            }
            if (progress.cancelled()) {
                return cancelled(lines, rows);
            }
            staged.forEach(AtomicFile.Staged::publish);
            progress.step(total, total, m.get("report.progress.done"));
            List<Path> written = Stream.of(request.pdf(), request.publicPdf(), request.excel()).filter(Objects::nonNull)
                    .map(Path::toAbsolutePath).toList();
            return new Outcome(written, lines, rows, false);
        } finally {
            staged.forEach(AtomicFile.Staged::close); // removes what was staged and not published
        }
    }

    private boolean step(Progress progress, int[] done, int total, String key) {
        if (progress.cancelled()) {
            return true;
        }
        progress.step(done[0]++, total, m.get(key));
        return false;
    }

    private static Outcome cancelled(List<ProviderLine> lines, int rows) {
        return new Outcome(List.of(), lines, rows, true);
    }

    /** A provider's name as part of a file name: no path or reserved characters. */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }
}

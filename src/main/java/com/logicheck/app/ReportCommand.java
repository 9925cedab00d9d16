package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.MonthlyReport;
import com.logicheck.pdf.ReportPdfWriter;
import com.logicheck.scoring.SheetScorer;
import com.logicheck.service.MonthExport;
import com.logicheck.service.MonthlyReports;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code logicheck report --month 2026-11 [--provider 华安] [--out 月报.pdf] [--excel 扣分明细.xlsx]}: the 月服务质量报告
 * as a PDF with charts, and/or every sheet and deduction of the month as an Excel file.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the monthly service quality report (月服务质量报告) as a PDF with charts, "
                + "and/or the month's deductions as an Excel file.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    Invocation run;
    @Mixin
    CliOptions.Month month;
    @Option(names = "--provider", paramLabel = "NAME", description = "only this provider (default: every provider)")
    String provider;
    @Option(names = "--out", paramLabel = "FILE.pdf", description = "write the report PDF here")
    Path out;
    @Option(names = "--excel", paramLabel = "FILE.xlsx",
            description = "write every sheet and deduction of the month here, one row per deduction")
    Path excel;

    @Override
    public Integer call() {
        Messages messages = run.messages();
        YearMonth ym = month.month();
        if (out == null && excel == null) {
            throw new DomainException(Problem.of("problem.report.noOutput"));
        }
        try (AppContext context = run.open()) {
            Optional<UUID> only = provider == null ? Optional.empty()
                    : Optional.of(run.provider(context, provider).id());
            if (excel != null) {
                MonthExport export = new MonthExport(context.assessment().sheets(), context.core().templates(),
                        context.core().reference(), new SheetScorer(), messages);
                int rows = export.rows(ym, only).size();
                write(excel, export.workbook(ym, only));
                run.say("cli.report.excelDone", excel.toAbsolutePath(), rows);
            }
            if (out == null) {
                return 0;
            }
            MonthlyReport report = new MonthlyReports(context.assessment().service(), context.core().reference(),
                    context.core().templates(), messages, context.plans().service()).build(ym, only, LocalDate.now(context.clock()));
            write(out, new ReportPdfWriter(context.core().font(), messages, context.core().letterhead()).write(report));
            run.say("cli.report.done", out.toAbsolutePath(), report.providers().size());
            return 0;
        }
    }

    private static void write(Path file, byte[] bytes) {
        AtomicFile.write(file, bytes, AtomicFile.Readers.SHARED);
    }
}
